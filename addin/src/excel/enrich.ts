/**
 * Derived fields in marked columns right of the table, and a Summary sheet with the kind's
 * tables. Both are found again by their marks, so running twice gives the same workbook.
 */
import {
  KINDS,
  cellText,
  columnLetter,
  type AnalyseOptions,
  type CellValue,
  type SheetGrid,
  type WorkbookAnalysis,
} from '../../../templates/index.js';
import { flattenKindTables } from '../../../templates/core/tabulate.js';
import { neutraliseRow } from '../../../templates/core/neutralise.js';
import type { ExcelHost } from './host.js';
import { DERIVED_PREFIX, FILLS, SUMMARY_MARKER } from './names.js';
import { findOwnSheets } from './own-sheets.js';

export interface ColumnWrite {
  sheet: string;
  address: string;
  values: (string | number)[][];
  headerAddress: string;
}

const plain = (v: CellValue | undefined): string | number => (typeof v === 'number' ? v : cellText(v ?? null));

/** Where the derived columns go: over the earlier run's marked columns, else right of the last used column. */
export function derivedColumnStart(grid: SheetGrid, headerIndex: number): number {
  const header = grid.rows[headerIndex] ?? [];
  const marked = header.findIndex((v) => typeof v === 'string' && v.startsWith(DERIVED_PREFIX));
  if (marked >= 0) return marked;
  return Math.max(
    0,
    ...grid.rows.map((r) => {
      let last = r.length;
      while (last > 0 && (r[last - 1] === null || r[last - 1] === '')) last--;
      return last;
    }),
  );
}

/** The derived block of each analysed sheet: one write for the header cells, one for the values. Pure. */
export function derivedWrites(analysis: WorkbookAnalysis, grids: readonly SheetGrid[]): ColumnWrite[] {
  const writes: ColumnWrite[] = [];
  for (const sheet of analysis.sheets) {
    const kind = KINDS.find((k) => k.def.kind === sheet.kind);
    const grid = grids.find((g) => g.name === sheet.table.sheet);
    if (!kind || !grid || !kind.derivedFields.length) continue;
    const firstRow = grid.firstRow ?? 1;
    const headerIndex = sheet.table.header.rows[sheet.table.header.rows.length - 1];
    const start = derivedColumnStart(grid, headerIndex);
    const headerRow = firstRow + headerIndex;
    const lastRow = Math.max(headerRow + 1, firstRow + grid.rows.length - 1);
    const byRow = new Map(sheet.records.map((r) => [r.source.row, r.derived]));
    const values: (string | number)[][] = [kind.derivedFields.map((f) => `${DERIVED_PREFIX}${f}`)];
    for (let row = headerRow + 1; row <= lastRow; row++) {
      const derived = byRow.get(row);
      values.push(kind.derivedFields.map((f) => (derived ? plain(derived[f]) : '')));
    }
    const from = columnLetter(start);
    const to = columnLetter(start + kind.derivedFields.length - 1);
    writes.push({
      sheet: sheet.table.sheet,
      address: `${from}${headerRow}:${to}${lastRow}`,
      values,
      headerAddress: `${from}${headerRow}:${to}${headerRow}`,
    });
  }
  return writes;
}

/** The Summary sheet's content: each kind's tables, flattened, one under another with a blank row between. */
export function summaryValues(analysis: WorkbookAnalysis, options: AnalyseOptions): (string | number)[][] {
  const rows: (string | number | null)[][] = [[SUMMARY_MARKER, `as of ${options.asOf}`]];
  for (const kind of KINDS) {
    const own = analysis.sheets.filter((s) => s.kind === kind.def.kind);
    if (!own.length) continue;
    const { tables } = kind.consolidate(own, options);
    for (const table of flattenKindTables(kind.def.kind, tables)) {
      rows.push([], [table.name], table.header, ...table.rows);
    }
  }
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Three round trips: find the pane's own Summary sheet (never a user's of that name); write the columns and it. */
export async function enrich(
  host: ExcelHost,
  writes: readonly ColumnWrite[],
  summary: (string | number)[][],
): Promise<{ columns: number; syncs: number }> {
  return host.run(async (context) => {
    const summarySheet = (await findOwnSheets(context, host)).claim(context, 'summary');
    for (const w of writes) {
      const sheet = context.workbook.worksheets.getItem(w.sheet);
      sheet.getRange(w.address).values = w.values.map(neutraliseRow); // workbook text: never a formula
      const header = sheet.getRange(w.headerAddress);
      header.format.fill.color = FILLS.derived;
      header.format.font.bold = true;
    }
    const sheet = summarySheet.sheet;
    if (!summarySheet.created) sheet.getRange().clear();
    const width = summary[0]?.length ?? 1;
    sheet.getRange(`A1:${columnLetter(width - 1)}${summary.length}`).values = summary.map(neutraliseRow);
    sheet.getRange('A1').format.font.bold = true;
    await context.sync();
    return { columns: writes.reduce((n, w) => n + (w.values[0]?.length ?? 0), 0), syncs: 3 };
  });
}
