/**
 * consolidated.xlsx: records with provenance and the template's dropdowns, findings linked to their record rows,
 * one Excel table per summary table with a totals row, an About sheet and the hidden Lists sheet. Written by our
 * own streaming writer (xlsx/workbook.ts: why, with its figures); records and findings go in as they come, file
 * by file, and are never all held. Every text cell goes through neutralise (no formula injection); the only
 * formulas are the ones written here.
 */
import { KINDS, kindById, type Finding, type OutputRecord, type Report } from '../../templates/index.js';
import { blankTemplate, listRange, LISTS_MARKER, LISTS_SHEET } from '../../templates/core/blank.js';
import { flattenKindTables, type FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { Consolidation, KindOutput } from '../consolidate.js';
import { PROVENANCE, recordHeader, recordRow, sheetName } from './record-columns.js';
import { totalsOf } from './xlsx-totals.js';
import { FINDING_COLUMNS } from './findings.js';
import { writeAtomicWith } from './atomic.js';
import { excelText, formulaText, storable } from './xlsx-rows.js';
import { tableHeader, tableName, type TableSpec } from './xlsx-tables.js';
import { XlsxWriter } from './xlsx/workbook.js';
import type { SheetCell, SheetWriter } from './xlsx/sheet.js';

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The template's lists (canonical English labels, which is what the records hold), one column each on a hidden sheet.
 */
function listsOf(kinds: readonly Pick<KindOutput, 'kind'>[]): {
  lists: [string, string[]][];
  columnList: Map<string, number>;
} {
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

const plainRow = (sheet: SheetWriter, values: readonly unknown[]) => sheet.addRow(values.map(storable) as SheetCell[]);

export interface XlsxMeta {
  version: string;
  date: string;
}

/** A record sheet's columns, in order: known once every record is in (dated rounds, extra columns). */
type KindColumns = Pick<KindOutput, 'kind' | 'fields' | 'derived' | 'extra'>;

interface RecordSheet {
  kind: string;
  sheet: SheetWriter;
  /** Set when the records are written. */
  columns?: KindColumns;
  /** Records noted so far: the row each will have. */
  rows: number;
}

/** Where the records of one input sheet went: their kind's sheet, and each source row's row there. */
interface RecordRows {
  sheet: string;
  rows: Map<number, number>;
}

const excelHeader = (header: readonly string[]) => header.map(excelText);

/**
 * consolidated.xlsx filled as the batch is read: noteRecords and addFindings for each file in turn (a file's
 * records before its findings, which link to them), then writeRecords for each kind and finish() with the tables
 * and the report.
 */
export class ConsolidatedWorkbook {
  private readonly writer: XlsxWriter;
  private readonly taken = new Set<string>([LISTS_SHEET.toLowerCase()]);
  private readonly recordSheets = new Map<string, RecordSheet>();
  private readonly findings: SheetWriter;
  /** file → input sheet → where its records are: what the findings' links need, and no more. */
  private readonly recordRows = new Map<string, Map<string, RecordRows>>();

  constructor(tmp: string) {
    this.writer = new XlsxWriter(tmp);
    // Sheet names as one pass over the kinds, then Findings, gave them (a kind's name is its own).
    for (const kind of KINDS) sheetName(kind.def.kind, this.taken);
    this.findings = this.writer.addSheet(sheetName('Findings', this.taken), { header: true });
    this.findings.setHeader(excelHeader([...FINDING_COLUMNS, 'source']), [28, 9, 28, 14, 7, 6, 16, 20, 20, 70, 40]);
  }

  /** A kind's sheet, made with its first sheet of input (a kind read with no record still gets its sheet). */
  private kindSheet(kind: string): RecordSheet {
    let entry = this.recordSheets.get(kind);
    if (!entry) {
      entry = { kind, sheet: this.writer.addSheet(kind, { header: true }), rows: 0 };
      this.recordSheets.set(kind, entry);
    }
    return entry;
  }

  /**
   * One input sheet's records, in the order they will be written: the row each gets, for the findings' links.
   * Their cells are written by writeRecords, once the columns are known.
   */
  noteRecords(kind: string, records: readonly Pick<OutputRecord, 'source'>[]): void {
    const entry = this.kindSheet(kind);
    for (const { source } of records) {
      let sheets = this.recordRows.get(source.file);
      if (!sheets) this.recordRows.set(source.file, (sheets = new Map()));
      let rows = sheets.get(source.sheet);
      if (!rows) sheets.set(source.sheet, (rows = { sheet: entry.sheet.name, rows: new Map() }));
      rows.rows.set(source.row, ++entry.rows + 1);
    }
  }

  /** A kind's records, every one noted before, in the same order, under their final columns. */
  writeRecords(columns: KindColumns, records: Iterable<OutputRecord>): void {
    const entry = this.kindSheet(columns.kind);
    entry.columns = columns;
    for (const record of records) plainRow(entry.sheet, recordRow(columns, record));
  }

  private linkOf(f: Finding): string | undefined {
    if (f.row === undefined || f.file === undefined || f.sheet === undefined) return undefined;
    const at = this.recordRows.get(f.file)?.get(f.sheet);
    const row = at?.rows.get(f.row);
    return at && row !== undefined ? `${quote(at.sheet)}!A${row}` : undefined;
  }

  addFindings(findings: readonly Finding[]): void {
    for (const f of findings) {
      const link = this.linkOf(f);
      const named = [f.file, f.sheet, f.cell ?? (f.row ? `row ${f.row}` : '')].filter(Boolean).join(' › ');
      const source = link
        ? { formula: `HYPERLINK("#${formulaText(link)}","${formulaText(named)}")`, result: excelText(named) }
        : named;
      plainRow(this.findings, [...FINDING_COLUMNS.map((c) => (f as Finding)[c] ?? null), source]);
    }
  }

  /** The records' headers and dropdowns, the table sheets, About and Lists; then the zip. */
  finish(
    tables: readonly { kind: string; tables: unknown }[],
    report: Pick<Report, 'accounting' | 'inputs'>,
    meta: XlsxMeta,
    target?: string,
  ): void {
    const kinds = KINDS.map((k) => this.recordSheets.get(k.def.kind)).filter((k): k is RecordSheet => !!k);
    const { lists, columnList } = listsOf(kinds);
    for (const { columns, sheet, rows, kind: name } of kinds) {
      const kind = columns ?? { kind: name, fields: [], derived: [] };
      const def = kindById(kind.kind)?.def;
      const header = recordHeader(kind);
      sheet.setHeader(excelHeader(header), [
        28,
        16,
        10,
        ...kind.fields.map((f) => Math.min(40, def?.fields.find((d) => d.key === f)?.width ?? 14)),
        ...kind.derived.map(() => 24),
      ]);
      // Dropdowns on the rows written, one range per column.
      if (!rows) continue;
      kind.fields.forEach((f, i) => {
        const list = columnList.get(`${kind.kind}:${f}`);
        if (list === undefined) return;
        const letter = columnLetter(PROVENANCE.length + i);
        sheet.addValidation({
          range: `${letter}2:${letter}${rows + 1}`,
          source: listRange(list, lists[list][1].length),
        });
      });
    }
    const tableSheets: SheetWriter[] = [];
    const tableNames = new Set<string>();
    for (const kind of tables)
      for (const table of flattenKindTables(kind.kind, kind.tables))
        tableSheets.push(
          this.table(sheetName(table.name.replace(/^management-response\./, ''), this.taken), table, tableNames),
        );
    const about = this.writer.addSheet(sheetName('About', this.taken), { header: true });
    about.setHeader(['item', 'value', 'size', 'sha256'], [22, 60, 12, 66]);
    plainRow(about, ['product', `psea-sheets ${meta.version}`]);
    plainRow(about, ['date', meta.date]);
    const a = report.accounting;
    plainRow(about, ['rows read', a.read]);
    plainRow(about, ['rows consolidated', a.consolidated]);
    for (const [reason, n] of Object.entries(a.setAside)) plainRow(about, [`rows set aside: ${reason}`, n]);
    for (const input of report.inputs)
      plainRow(about, ['input', input.name ?? input.file, input.size ?? 0, input.sha256 ?? '']);
    const listSheet = this.writer.addSheet(LISTS_SHEET, { header: false, hidden: true });
    const height = Math.max(0, ...lists.map(([, values]) => values.length));
    plainRow(listSheet, [...lists.map(([name]) => name), LISTS_MARKER]);
    for (let r = 0; r < height; r++)
      plainRow(
        listSheet,
        lists.map(([, values]) => values[r] ?? null),
      );
    this.writer.commit(
      meta.date,
      [...kinds.map((k) => k.sheet), this.findings, ...tableSheets, about, listSheet],
      target,
    );
  }

  /** One table sheet, an Excel table over it when it has data rows (a table needs one). */
  private table(name: string, table: FlatTable, names: Set<string>): SheetWriter {
    const header = tableHeader(table.header);
    const sheet = this.writer.addSheet(name, { header: true });
    sheet.setHeader(
      header.map(excelText),
      header.map((h, i) => (i === 0 ? 28 : Math.max(10, h.length + 2))),
    );
    for (const cells of table.rows) plainRow(sheet, cells);
    const totals = totalsOf(table, header);
    const hasTotals = totals.some((cell, c) => c > 0 && cell !== null);
    if (hasTotals) plainRow(sheet, totals);
    if (!table.rows.length) return sheet; // the sheet keeps its plain autofilter
    const spec: TableSpec = {
      sheet: name,
      name: tableName(name, names),
      columns: header.map((h, c) => ({ name: h, total: totals[c] !== null && c > 0 ? 'sum' : undefined })),
      rows: table.rows.length,
      totalsLabel: hasTotals ? 'Total' : undefined,
    };
    this.writer.addTable(sheet, spec);
    return sheet;
  }

  /** Removes the spools of a workbook that will not be written. */
  discard(): void {
    this.writer.discard();
  }
}

/** The whole workbook from a consolidation held in memory (the tests, and callers with every record at hand). */
export async function writeConsolidatedXlsx(target: string, result: Consolidation, meta: XlsxMeta): Promise<void> {
  await writeAtomicWith(target, async (tmp) => {
    const workbook = new ConsolidatedWorkbook(tmp);
    try {
      for (const kind of result.kinds) workbook.noteRecords(kind.kind, kind.records);
      workbook.addFindings(result.report.findings);
      for (const kind of result.kinds) workbook.writeRecords(kind, kind.records);
      workbook.finish(result.kinds, result.report, meta);
    } catch (error) {
      workbook.discard();
      throw error;
    }
  });
}
