/**
 * consolidated.xlsx: records with provenance and the template's dropdowns, findings linked to their record rows,
 * one Excel table per summary table with a totals row, an About sheet and the hidden Lists sheet. Written by our
 * own streaming writer (xlsx/workbook.ts: why, with its figures); records and findings go in as they come, file
 * by file, and are never all held. Every text cell goes through neutralise (no formula injection); the only
 * formulas are the ones written here.
 */
import {
  KINDS,
  kindById,
  type CellValue,
  type Finding,
  type Lang,
  type OutputRecord,
  type Report,
} from '../../templates/index.js';
import { blankTemplate, listRange, LISTS_MARKER, LISTS_SHEET } from '../../templates/core/blank.js';
import { flattenKindTables, type FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { Consolidation, KindOutput } from '../consolidate.js';
import { PROVENANCE, recordHeader, recordRow, sheetName } from './record-columns.js';
import { keyColumn, subtotals, summedColumns } from './xlsx-totals.js';
import { FINDING_COLUMNS } from './findings.js';
import { writeAtomicWith } from './atomic.js';
import { excelText, formulaText, storable } from './xlsx-rows.js';
import { tableHeader, tableName, type TableSpec } from './xlsx-tables.js';
import { XlsxWriter } from './xlsx/workbook.js';
import type { SheetCell, SheetWriter } from './xlsx/sheet.js';
import { FIELDS_MARKER, WorkbookWords } from './localise.js';
import type { TableNames } from '../../templates/core/settings-names.js';

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The template's lists in the workbook's language (the words its record sheets hold), one column each on a hidden
 * sheet.
 */
function listsOf(
  kinds: readonly Pick<KindOutput, 'kind'>[],
  lang: Lang,
): {
  lists: [string, string[]][];
  columnList: Map<string, number>;
} {
  const lists: [string, string[]][] = [];
  const columnList = new Map<string, number>();
  for (const kind of kinds) {
    const def = kindById(kind.kind)?.def;
    if (!def) continue;
    const blank = blankTemplate(def, lang);
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
  private readonly words: WorkbookWords;
  /** Each kind's sheet name, in the workbook's language. */
  private readonly kindNames = new Map<string, string>();

  constructor(tmp: string, lang: Lang = 'en') {
    this.writer = new XlsxWriter(tmp);
    this.words = new WorkbookWords(lang);
    // Sheet names as one pass over the kinds, then Findings, gave them.
    for (const kind of KINDS)
      this.kindNames.set(kind.def.kind, sheetName(this.words.kindSheet(kind.def.kind), this.taken));
    const name = sheetName(this.words.word('Findings'), this.taken);
    this.findings = this.writer.addSheet(name, { header: true, print: true });
    const columns = [...FINDING_COLUMNS, 'source'];
    this.findings.setHeader(excelHeader(this.words.headers(name, columns)), [28, 9, 28, 14, 7, 6, 16, 20, 20, 70, 40]);
  }

  /** A kind's sheet, made with its first sheet of input (a kind read with no record still gets its sheet). */
  private kindSheet(kind: string): RecordSheet {
    let entry = this.recordSheets.get(kind);
    if (!entry) {
      const name = this.kindNames.get(kind) ?? sheetName(this.words.kindSheet(kind), this.taken);
      entry = { kind, sheet: this.writer.addSheet(name, { header: true, print: true }), rows: 0 };
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

  /** What the tables' keys stand for, by kind: given before writeRecords (record sheets show the names too). */
  useNames(kinds: readonly { kind: string; names?: TableNames }[]): void {
    this.words.useNames(kinds);
  }

  /** A kind's records, every one noted before, in the same order, under their final columns. */
  writeRecords(columns: KindColumns, records: Iterable<OutputRecord>): void {
    const entry = this.kindSheet(columns.kind);
    entry.columns = columns;
    const { words } = this;
    const header = recordHeader(columns);
    for (const record of records) {
      const row = recordRow(columns, record);
      plainRow(entry.sheet, words.translated ? row.map((v, c) => words.recordValue(columns.kind, header[c], v)) : row);
    }
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
      const row = f.row ? `${this.words.word('row').toLowerCase()} ${f.row}` : '';
      const named = [f.file, f.sheet, f.cell ?? row].filter(Boolean).join(' › ');
      const source = link
        ? { formula: `HYPERLINK("#${formulaText(link)}","${formulaText(named)}")`, result: excelText(named) }
        : named;
      const cells = FINDING_COLUMNS.map((c) => (f as Finding)[c] ?? null);
      plainRow(this.findings, [...(this.words.translated ? findingCells(cells, this.words) : cells), source]);
    }
  }

  /** The records' headers and dropdowns, the table sheets, About and Lists; then the zip. */
  finish(
    tables: readonly { kind: string; tables: unknown; names?: TableNames }[],
    report: Pick<Report, 'accounting' | 'inputs'>,
    meta: XlsxMeta,
    target?: string,
  ): void {
    const kinds = KINDS.map((k) => this.recordSheets.get(k.def.kind)).filter((k): k is RecordSheet => !!k);
    const { words } = this;
    const { lists, columnList } = listsOf(kinds, words.lang);
    for (const { columns, sheet, rows, kind: name } of kinds) {
      const kind = columns ?? { kind: name, fields: [], derived: [] };
      const def = kindById(kind.kind)?.def;
      const header = recordHeader(kind);
      sheet.setHeader(excelHeader(words.headers(sheet.name, header, kind.kind)), [
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
      for (const table of flattenKindTables(kind.kind, words.namedTables(kind)))
        tableSheets.push(this.table(sheetName(words.tableSheet(table.name), this.taken), table, tableNames));
    const aboutName = sheetName(words.word('About'), this.taken);
    const about = this.writer.addSheet(aboutName, { header: true, print: true });
    about.setHeader(excelHeader(words.headers(aboutName, ['item', 'value', 'size', 'sha256'])), [22, 60, 12, 66]);
    for (const row of aboutRows(report, meta, words)) plainRow(about, row);
    const fields = words.translated ? [this.fieldsSheet(sheetName(words.word('Fields'), this.taken))] : [];
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
      [...kinds.map((k) => k.sheet), this.findings, ...tableSheets, about, ...fields, listSheet],
      target,
    );
  }

  /**
   * One table sheet, an Excel table over it when it has data rows (a table needs one). Several evaluations' rows
   * come each with its own total row, when the table adds up (xlsx-totals.ts).
   */
  private table(name: string, table: FlatTable, names: Set<string>): SheetWriter {
    const { words } = this;
    const header = tableHeader(table.header);
    const shown = tableHeader(words.headers(name, header));
    const key = keyColumn(table);
    const sheet = this.writer.addSheet(name, { header: true, print: true });
    sheet.setHeader(
      shown.map(excelText),
      shown.map((h, i) => (i <= key ? 28 : Math.max(10, h.length + 2))),
    );
    const summed = summedColumns(table, header);
    const adds = summed.some(Boolean);
    const total = words.word('Total');
    const add = (cells: readonly CellValue[]) =>
      plainRow(
        sheet,
        cells.map((c) => words.tableValue(c)),
      );
    let written = 0; // sheet rows under the header so far
    const groups = adds && table.groups && table.groups.length > 1 ? table.groups : undefined;
    for (const { evaluation, from, to } of groups ?? [{ evaluation: '', from: 0, to: table.rows.length }]) {
      const rows = table.rows.slice(from, to);
      for (const cells of rows) add(cells);
      written += rows.length;
      if (!groups || !rows.length) continue;
      const cells = subtotals(summed, rows, written - rows.length + 2, written + 1);
      plainRow(sheet, [words.tableValue(evaluation), total, ...cells.slice(2)]);
      written++;
    }
    if (adds) plainRow(sheet, [total, ...subtotals(summed, table.rows, 2, written + 1).slice(1)]);
    if (written) {
      const spec: TableSpec = {
        sheet: name,
        name: tableName(name, names),
        columns: shown.map((h, c) => ({ name: h, total: summed[c] ? 'sum' : undefined })),
        rows: written,
        totalsLabel: adds ? total : undefined,
      };
      this.writer.addTable(sheet, spec);
    } // else the sheet keeps its plain autofilter
    // Done: a small sheet is deflated now, so table sheets do not wait in memory for the zip.
    sheet.end();
    return sheet;
  }

  /** Each translated header with its canonical name, for tools that read the workbook by field name. */
  private fieldsSheet(name: string): SheetWriter {
    const { words } = this;
    const keys = ['sheet', 'column', 'header', 'field'];
    const sheet = this.writer.addSheet(name, { header: true, print: true });
    sheet.setHeader(excelHeader([...keys.map((k) => words.word(k)), FIELDS_MARKER]), [30, 8, 36, 28, 20]);
    for (const row of words.fields) plainRow(sheet, row);
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
    const workbook = new ConsolidatedWorkbook(tmp, result.report.lang);
    try {
      for (const kind of result.kinds) workbook.noteRecords(kind.kind, kind.records);
      workbook.addFindings(result.report.findings);
      workbook.useNames(result.kinds);
      for (const kind of result.kinds) workbook.writeRecords(kind, kind.records);
      workbook.finish(result.kinds, result.report, meta);
    } catch (error) {
      workbook.discard();
      throw error;
    }
  });
}

/** The About sheet: product, date, row accounting, and every input with its size and SHA-256. */
function aboutRows(report: Pick<Report, 'accounting' | 'inputs'>, meta: XlsxMeta, words: WorkbookWords): CellValue[][] {
  const a = report.accounting;
  const item = (key: string) => (words.translated ? words.word(key) : key.replace(/_/g, ' '));
  return [
    [item('product'), `psea-sheets ${meta.version}`],
    [item('date'), meta.date],
    [item('rows_read'), a.read],
    [item('rows_consolidated'), a.consolidated],
    ...Object.entries(a.setAside).map(([reason, n]) => [`${item('rows_set_aside')}: ${words.reason(reason)}`, n]),
    ...report.inputs.map((input) => [item('input'), input.name ?? input.file, input.size ?? 0, input.sha256 ?? '']),
  ];
}

/** A finding's severity and field as the user reads them; the rule id, file and cells as they are. */
function findingCells(cells: CellValue[], words: WorkbookWords): CellValue[] {
  return cells.map((v, c) => {
    const column = FINDING_COLUMNS[c];
    if (typeof v !== 'string') return v;
    if (column === 'severity') return words.word(v);
    if (column === 'field') return words.column(v);
    return v;
  });
}
