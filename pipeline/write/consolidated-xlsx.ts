/**
 * consolidated.xlsx with the exceljs streaming writer: records with provenance and the template's dropdowns,
 * findings linked to their record rows, one Excel table per summary table with a totals row, and an About sheet.
 * Every text cell goes through neutralise (no formula injection); the only formulas are the ones written here.
 */
import ExcelJS from 'exceljs';
import { kindById, type Finding, type OutputRecord, type CellValue } from '../../templates/index.js';
import { blankTemplate, listRange, LISTS_MARKER, LISTS_SHEET } from '../../templates/core/blank.js';
import { flattenKindTables, type FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { Consolidation, KindOutput } from '../consolidate.js';
import { FINDING_COLUMNS } from './findings.js';
import { writeAtomicWith } from './atomic.js';
import { addPlainRow, excelText, formulaText } from './xlsx-rows.js';
import { addTableParts, tableHeader, tableName, type TableSpec } from './xlsx-tables.js';

export const PROVENANCE = ['source_file', 'source_sheet', 'source_row'] as const;
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** The streaming worksheet's validation store, which takes range addresses; exceljs's types omit it. */
interface RangeValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Excel sheet names: 31 characters, none of []:*?/\ . */
export function sheetName(text: string, taken: Set<string>): string {
  const base = text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Header of an extra column: the input's own header, marked as not a template field. */
export const EXTRA_PREFIX = 'extra: ';

export function recordHeader(kind: Pick<KindOutput, 'fields' | 'derived' | 'extra'>): string[] {
  return [...PROVENANCE, ...kind.fields, ...kind.derived, ...(kind.extra ?? []).map((h) => EXTRA_PREFIX + h)];
}

export function recordRow(kind: Pick<KindOutput, 'fields' | 'derived' | 'extra'>, record: OutputRecord): CellValue[] {
  return [
    record.source.file,
    record.source.sheet,
    record.source.row,
    ...kind.fields.map((f) => record.values[f] ?? null),
    ...kind.derived.map((f) => record.derived[f] ?? null),
    ...(kind.extra ?? []).map((h) => record.extra?.[h] ?? null),
  ];
}

function addSheet(workbook: Writer, name: string, header: string[], widths: number[] = []): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({
    header: excelText(h),
    key: h,
    width: widths[i] ?? Math.min(50, Math.max(10, h.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  return sheet;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The template's lists (canonical English labels, which is what the records hold), one column each on a hidden sheet.
 */
function listsOf(kinds: readonly KindOutput[]): { lists: [string, string[]][]; columnList: Map<string, number> } {
  const lists: [string, string[]][] = [];
  const columnList = new Map<string, number>();
  for (const kind of kinds) {
    const def = kindById(kind.kind)?.def;
    if (!def) continue;
    const blank = blankTemplate(def, 'en');
    for (const column of blank.columns) {
      if (!column.list) continue;
      const id = `${kind.kind}:${column.list}`;
      let index = lists.findIndex(([name]) => name === id);
      if (index < 0) index = lists.push([id, blank.lists[column.list]]) - 1;
      columnList.set(`${kind.kind}:${column.key}`, index);
    }
  }
  return { lists, columnList };
}

/**
 * Rows that share items (a recommendation with two responsible units is counted in both unit rows; a partner with two
 * standards rated Absent in both), or that are no parts of a whole (a list of assessments, a set of totals).
 */
const OVERLAPPING_ROWS = /(^|[._])(by_unit|standards_not_met|assessments|expiring|totals)$/;

/**
 * A totals row may only add up rows that are disjoint parts of one whole: not when a row is already the total
 * (acceptance's `total` row: 62 recommendations would read 124), nor when rows share items (status by unit).
 */
export function rowsAddUp(table: FlatTable): boolean {
  return !OVERLAPPING_ROWS.test(table.name) && !table.rows.some((row) => String(row[0]).toLowerCase() === 'total');
}

/** One table sheet, returned as the table object to add once the workbook is written (see xlsx-tables.ts). */
function writeTable(workbook: Writer, name: string, table: FlatTable, taken: Set<string>): TableSpec | undefined {
  const header = tableHeader(table.header);
  const sheet = addSheet(
    workbook,
    name,
    header,
    header.map((h, i) => (i === 0 ? 28 : Math.max(10, h.length + 2))),
  );
  for (const cells of table.rows) addPlainRow(sheet, cells);
  // Totals as in an Excel table's total row: SUBTOTAL(109, …) sums only the rows left visible by the filter.
  const last = table.rows.length + 1;
  const totals = header.map((label, c) => {
    if (c === 0) return 'Total';
    if (!rowsAddUp(table)) return null;
    const numeric =
      table.rows.some((row) => typeof row[c] === 'number') &&
      table.rows.every((row) => typeof row[c] === 'number' || row[c] === null);
    // Only counts add up: not rates, shares, row or recommendation numbers, or days overdue.
    if (!numeric || /rate|share|row|days|(^|_)no$/i.test(label) || /(^|\.)implementation_rate/.test(table.name))
      return null;
    const sum = table.rows.reduce((s, row) => s + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
    return { formula: `SUBTOTAL(109,${columnLetter(c)}2:${columnLetter(c)}${last})`, result: sum };
  });
  const hasTotals = totals.some((cell, c) => c > 0 && cell !== null);
  if (hasTotals) addPlainRow(sheet, totals);
  sheet.commit();
  if (!table.rows.length) return undefined; // an Excel table needs a data row: the sheet keeps its plain autofilter
  return {
    sheet: name,
    name: tableName(name, taken),
    columns: header.map((h, c) => ({ name: h, total: totals[c] !== null && c > 0 ? 'sum' : undefined })),
    rows: table.rows.length,
    totalsLabel: hasTotals ? 'Total' : undefined,
  };
}

export interface XlsxMeta {
  version: string;
  date: string;
}

export async function writeConsolidatedXlsx(target: string, result: Consolidation, meta: XlsxMeta): Promise<void> {
  await writeAtomicWith(target, async (tmp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: tmp,
      useStyles: true,
      useSharedStrings: false,
    });
    const taken = new Set<string>([LISTS_SHEET.toLowerCase()]);
    const { lists, columnList } = listsOf(result.kinds);
    /** file|sheet|row → where that record sits in this workbook, for the findings' links. */
    const recordCell = new Map<string, string>();

    for (const kind of result.kinds) {
      const header = recordHeader(kind);
      const def = kindById(kind.kind)?.def;
      const widths = [
        28,
        16,
        10,
        ...kind.fields.map((f) => Math.min(40, def?.fields.find((d) => d.key === f)?.width ?? 14)),
        ...kind.derived.map(() => 24),
      ];
      const name = sheetName(kind.kind, taken);
      const sheet = addSheet(workbook, name, header, widths);
      const validated = kind.fields
        .map((f, i) => [PROVENANCE.length + i + 1, columnList.get(`${kind.kind}:${f}`)] as const)
        .filter(([, l]) => l !== undefined);
      kind.records.forEach((record, i) => {
        addPlainRow(sheet, recordRow(kind, record));
        recordCell.set(`${record.source.file}|${record.source.sheet}|${record.source.row}`, `${quote(name)}!A${i + 2}`);
      });
      // Dropdowns on the rows written, one range per column: set per cell, exceljs keeps an entry for every cell.
      if (kind.records.length) {
        for (const [column, list] of validated) {
          const letter = columnLetter(column - 1);
          (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${kind.records.length + 1}`, {
            type: 'list',
            allowBlank: true,
            formulae: [listRange(list!, lists[list!][1].length)],
            showErrorMessage: true,
            errorStyle: 'warning',
          });
        }
      }
      sheet.commit();
    }

    const findings = addSheet(
      workbook,
      sheetName('Findings', taken),
      [...FINDING_COLUMNS, 'source'],
      [28, 9, 28, 14, 7, 6, 16, 20, 20, 70, 40],
    );
    const { report } = result;
    for (const f of report.findings) {
      const link = f.row !== undefined ? recordCell.get(`${f.file}|${f.sheet}|${f.row}`) : undefined;
      const named = [f.file, f.sheet, f.cell ?? (f.row ? `row ${f.row}` : '')].filter(Boolean).join(' › ');
      const source = link
        ? {
            formula: `HYPERLINK("#${formulaText(link)}","${formulaText(named)}")`,
            result: excelText(named),
          }
        : named;
      addPlainRow(findings, [...FINDING_COLUMNS.map((c) => (f as Finding)[c] ?? null), source]);
    }
    findings.commit();

    const tables: TableSpec[] = [];
    const tableNames = new Set<string>();
    for (const kind of result.kinds) {
      for (const table of flattenKindTables(kind.kind, kind.tables)) {
        const spec = writeTable(
          workbook,
          sheetName(table.name.replace(/^management-response\./, ''), taken),
          table,
          tableNames,
        );
        if (spec) tables.push(spec);
      }
    }

    const about = addSheet(workbook, sheetName('About', taken), ['item', 'value', 'size', 'sha256'], [22, 60, 12, 66]);
    addPlainRow(about, ['product', `psea-sheets ${meta.version}`]);
    addPlainRow(about, ['date', meta.date]);
    const a = report.accounting;
    addPlainRow(about, ['rows read', a.read]);
    addPlainRow(about, ['rows consolidated', a.consolidated]);
    for (const [reason, n] of Object.entries(a.setAside)) addPlainRow(about, [`rows set aside: ${reason}`, n]);
    for (const input of report.inputs)
      addPlainRow(about, ['input', input.name ?? input.file, input.size ?? 0, input.sha256 ?? '']);
    about.commit();

    const listSheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    const height = Math.max(0, ...lists.map(([, values]) => values.length));
    addPlainRow(listSheet, [...lists.map(([name]) => name), LISTS_MARKER]);
    for (let r = 0; r < height; r++)
      addPlainRow(
        listSheet,
        lists.map(([, values]) => values[r] ?? null),
      );
    listSheet.commit();
    await workbook.commit();
    await addTableParts(tmp, tables);
  });
}
