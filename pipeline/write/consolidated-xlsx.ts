/**
 * consolidated.xlsx with the exceljs streaming writer: records with provenance and the template's dropdowns,
 * findings linked to their record rows, one Excel table per summary table with a totals row, and an About sheet.
 * Every text cell goes through neutralise (no formula injection); the only formulas are the ones written here.
 */
import ExcelJS from 'exceljs';
import { kindById, type Finding, type OutputRecord, type CellValue, type Lang } from '../../templates/index.js';
import { blankTemplate, listRange, LISTS_MARKER, LISTS_SHEET } from '../../templates/core/blank.js';
import { flattenKindTables, type FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { Consolidation, KindOutput } from '../consolidate.js';
import { FINDING_COLUMNS } from './findings.js';
import { writeAtomicWith } from './atomic.js';
import { addPlainRow, excelText, formulaText } from './xlsx-rows.js';
import { addTableParts, tableHeader, tableName, type TableSpec } from './xlsx-tables.js';
import { FIELDS_MARKER, WorkbookWords } from './localise.js';
import { addListValidation, printOptions } from './sheet-setup.js';

export const PROVENANCE = ['source_file', 'source_sheet', 'source_row'] as const;
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

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

/** `shown`: the headers as the user reads them (WorkbookWords.headers); the keys stay canonical. */
function addSheet(
  workbook: Writer,
  name: string,
  header: string[],
  widths: number[] = [],
  shown: readonly string[] = header,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], ...printOptions('1:1') });
  sheet.columns = header.map((h, i) => ({
    header: excelText(shown[i] ?? h),
    key: h,
    width: widths[i] ?? Math.min(50, Math.max(10, h.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  return sheet;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The template's lists in the workbook's language (the words its record sheets hold), one column each on a hidden
 * sheet.
 */
function listsOf(
  kinds: readonly KindOutput[],
  lang: Lang,
): { lists: [string, string[]][]; columnList: Map<string, number> } {
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
function writeTable(
  workbook: Writer,
  name: string,
  table: FlatTable,
  taken: Set<string>,
  words: WorkbookWords,
): TableSpec | undefined {
  const header = tableHeader(table.header);
  const shown = tableHeader(words.headers(name, header));
  const sheet = addSheet(
    workbook,
    name,
    header,
    shown.map((h, i) => (i === 0 ? 28 : Math.max(10, h.length + 2))),
    shown,
  );
  for (const cells of table.rows)
    addPlainRow(
      sheet,
      cells.map((c) => words.tableValue(c)),
    );
  // Totals as in an Excel table's total row: SUBTOTAL(109, …) sums only the rows left visible by the filter.
  const last = table.rows.length + 1;
  const totals = header.map((label, c) => {
    if (c === 0) return words.word('Total');
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
    columns: shown.map((h, c) => ({ name: h, total: totals[c] !== null && c > 0 ? 'sum' : undefined })),
    rows: table.rows.length,
    totalsLabel: hasTotals ? words.word('Total') : undefined,
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
    const words = new WorkbookWords(result.report.lang);
    const { lists, columnList } = listsOf(result.kinds, words.lang);
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
      const name = sheetName(words.kindSheet(kind.kind), taken);
      const sheet = addSheet(workbook, name, header, widths, words.headers(name, header, kind.kind));
      const validated = kind.fields
        .map((f, i) => [PROVENANCE.length + i + 1, columnList.get(`${kind.kind}:${f}`)] as const)
        .filter(([, l]) => l !== undefined);
      kind.records.forEach((record, i) => {
        const row = recordRow(kind, record);
        addPlainRow(sheet, words.translated ? row.map((v, c) => words.recordValue(kind.kind, header[c], v)) : row);
        recordCell.set(`${record.source.file}|${record.source.sheet}|${record.source.row}`, `${quote(name)}!A${i + 2}`);
      });
      // Dropdowns on the rows written, one range per column: set per cell, exceljs keeps an entry for every cell.
      if (kind.records.length) {
        for (const [column, list] of validated) {
          const letter = columnLetter(column - 1);
          addListValidation(
            sheet,
            `${letter}2:${letter}${kind.records.length + 1}`,
            listRange(list!, lists[list!][1].length),
          );
        }
      }
      sheet.commit();
    }

    const findingsName = sheetName(words.word('Findings'), taken);
    const findingColumns = [...FINDING_COLUMNS, 'source'];
    const findings = addSheet(
      workbook,
      findingsName,
      findingColumns,
      [28, 9, 28, 14, 7, 6, 16, 20, 20, 70, 40],
      words.headers(findingsName, findingColumns),
    );
    const { report } = result;
    for (const f of report.findings) {
      const link = f.row !== undefined ? recordCell.get(`${f.file}|${f.sheet}|${f.row}`) : undefined;
      const row = f.row ? `${words.word('row').toLowerCase()} ${f.row}` : '';
      const named = [f.file, f.sheet, f.cell ?? row].filter(Boolean).join(' › ');
      const source = link
        ? {
            formula: `HYPERLINK("#${formulaText(link)}","${formulaText(named)}")`,
            result: excelText(named),
          }
        : named;
      const cells = FINDING_COLUMNS.map((c) => (f as Finding)[c] ?? null);
      addPlainRow(findings, [...(words.translated ? findingCells(cells, words) : cells), source]);
    }
    findings.commit();

    const tables: TableSpec[] = [];
    const tableNames = new Set<string>();
    for (const kind of result.kinds) {
      for (const table of flattenKindTables(kind.kind, kind.tables)) {
        const spec = writeTable(workbook, sheetName(words.tableSheet(table.name), taken), table, tableNames, words);
        if (spec) tables.push(spec);
      }
    }

    const aboutName = sheetName(words.word('About'), taken);
    const aboutColumns = ['item', 'value', 'size', 'sha256'];
    const about = addSheet(workbook, aboutName, aboutColumns, [22, 60, 12, 66], words.headers(aboutName, aboutColumns));
    for (const row of aboutRows(report, meta, words)) addPlainRow(about, row);
    about.commit();
    if (words.translated) writeFieldsSheet(workbook, sheetName(words.word('Fields'), taken), words);

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

/** The About sheet: product, date, row accounting, and every input with its size and SHA-256. */
function aboutRows(report: Consolidation['report'], meta: XlsxMeta, words: WorkbookWords): CellValue[][] {
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

/** Each translated header with its canonical name, for tools that read the workbook by field name. */
function writeFieldsSheet(workbook: Writer, name: string, words: WorkbookWords): void {
  const keys = ['sheet', 'column', 'header', 'field'];
  const sheet = addSheet(
    workbook,
    name,
    [...keys, FIELDS_MARKER],
    [30, 8, 36, 28, 20],
    [...keys.map((k) => words.word(k)), FIELDS_MARKER],
  );
  for (const row of words.fields) addPlainRow(sheet, row);
  sheet.commit();
}
