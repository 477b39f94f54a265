/** What a row below the header is: a section title, a record, a detail row of the record above, or a note. */
import type { CellValue, SheetGrid } from './types.js';
import type { TemplateDef } from './schema.js';
import type { ColumnMapping, HeaderMatch } from './header.js';
import { columnKey } from './header.js';
import { readSection, type Section } from './sections.js';
import { cellText, columnLetter, isBlank } from './text.js';
import { dict } from './dict.js';
import type { ParsedTable, TableRecord } from './table.js';

export function distinctTexts(row: readonly CellValue[]): string[] {
  return [...new Set(row.map((v) => cellText(v)).filter(Boolean))];
}

/**
 * distinctTexts cut at two: what tells a row apart (blank, one text, more). A record stops after a few short cells,
 * before its prose: reading every cell of every row was 6% of a bench validate.
 */
export function firstTexts(row: readonly CellValue[]): string[] {
  let first = '';
  for (const v of row) {
    const text = cellText(v);
    if (!text || text === first) continue;
    if (!first) first = text;
    else return [first, text];
  }
  return first ? [first] : [];
}

/**
 * A section title: one text on the row, written as a section ("Pillar 2: …", "Area 3 – Prevention", in any
 * column), or merged across the table (the text fills two or more cells once merges are read).
 * `patterned` is false for a title without a section word: it is a section only if records follow it.
 */
export function sectionRow(
  row: readonly CellValue[],
  texts: readonly string[],
  firstColumn: number,
): (Section & { patterned: boolean }) | undefined {
  if (texts.length !== 1) return undefined;
  const read = readSection(texts[0]);
  if (read) return { ...read, patterned: true };
  const cells = row.filter((v) => !isBlank(v)).length;
  // Merged across; or alone in the table's first column with no number (a record always has one there or more).
  const alone = cells === 1 && !isBlank(row[firstColumn]) && !/\d/.test(texts[0]) && texts[0].length <= 120;
  return cells >= 2 || alone ? { text: texts[0], name: texts[0], patterned: false } : undefined;
}

/**
 * A data row names at least one key field, and is more than one stray text: a lone long text is a note
 * ("Source: …"), not a record.
 */
export function isDataRow(
  def: TemplateDef,
  values: Record<string, CellValue>,
  keyed: readonly { value: CellValue }[] = [],
): boolean {
  const filled = Object.keys(values).filter((f) => !isBlank(values[f]));
  if (!filled.some((f) => def.keyFields.includes(f))) return false;
  if (filled.length > 1 || keyed.some((k) => !isBlank(k.value))) return true;
  const only = cellText(values[filled[0]]);
  return only.length <= 20 || /^#?\s*\d+$/.test(only);
}

/**
 * A detail row of the record above: none of the key fields, but fields of its own and more than one cell (one row
 * per key action under its recommendation, as UNDP's tracker exports it). A lone cell stays a note.
 */
export function isDetailRow(def: TemplateDef, values: Record<string, CellValue>, row: readonly CellValue[]): boolean {
  if (!def.continuation?.detail) return false;
  const filled = Object.keys(values).filter((f) => !isBlank(values[f]));
  if (!filled.length || filled.some((f) => def.keyFields.includes(f))) return false;
  return row.filter((v) => !isBlank(v)).length >= 2;
}

/** The values a row gives, by field key, under the header in force (its fields and their columns). */
export function rowValues(row: readonly CellValue[], fields: readonly [string, number][]): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const [key, index] of fields) values[key] = row[index] ?? null;
  return values;
}

/**
 * Columns no field reads: unknown headers, a field's second column, an ambiguous header. Their values travel with
 * the record under the header text (with the column letter when two such headers read the same).
 */
export function extraColumns(header: HeaderMatch, firstColumn: number): { index: number; key: string }[] {
  const taken = new Set<string>();
  return header.columns
    .filter((c: ColumnMapping) => {
      if (c.key !== undefined) return false; // a keyed column's cells travel as the record's keyed cells
      const key = columnKey(c);
      return key === undefined || header.fieldColumns[key] !== c.index;
    })
    .map((c) => {
      let key = c.header;
      if (taken.has(key)) key = `${c.header} (${columnLetter(c.index + firstColumn - 1)})`;
      taken.add(key);
      return { index: c.index, key };
    });
}

/** Values right of the header in a CSV row: kept under their column letter, and noted for a finding. */
export function keepPastHeader(
  row: readonly CellValue[],
  width: number,
  firstColumn: number,
  record: TableRecord,
  out: ParsedTable['pastHeader'],
): void {
  const columns: string[] = [];
  let first = -1;
  for (let c = width; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (first < 0) first = c + firstColumn - 1;
    const letter = columnLetter(c + firstColumn - 1);
    (record.extra ??= dict())[`column ${letter}`] = row[c];
    columns.push(letter);
  }
  if (columns.length) out.push({ row: record.source.row, columns, first });
}

export interface UnnamedColumn {
  /** Column letter in the sheet. */
  column: string;
  /** 0-based index in the grid's rows. */
  index: number;
  /** Sheet row of its first value, and how many values it holds. */
  row: number;
  count: number;
}

/**
 * Values in columns whose header is blank: kept with their record under "column F" (never dropped in silence), and
 * counted per column for a finding. A cell a merge covers (but its top-left) repeats a value already read.
 */
export class UnnamedColumns {
  private readonly found = new Map<number, UnnamedColumn>();

  constructor(
    private readonly grid: SheetGrid,
    private readonly firstColumn: number,
  ) {}

  private merged(r: number, c: number): boolean {
    // Spread by the core already, or (a grid not yet normalised) as the reader gave them, sheet-absolute.
    const top0 = this.grid.spread ? 0 : (this.grid.firstRow ?? 1) - 1;
    const left0 = this.grid.spread ? 0 : this.firstColumn - 1;
    return !!(this.grid.spread ?? this.grid.merges)?.some((m) => {
      const [top, left] = [m.top - top0, m.left - left0];
      return r >= top && r <= m.bottom - top0 && c >= left && c <= m.right - left0 && (r !== top || c !== left);
    });
  }

  keep(row: readonly CellValue[], r: number, end: number, named: ReadonlySet<number>, record: TableRecord): void {
    for (let c = 0; c < end; c++) {
      if (named.has(c) || isBlank(row[c] ?? null) || this.merged(r, c)) continue;
      const column = columnLetter(c + this.firstColumn - 1);
      (record.extra ??= dict())[`column ${column}`] = row[c];
      const seen = this.found.get(c);
      if (seen) seen.count++;
      else this.found.set(c, { column, index: c, row: record.source.row, count: 1 });
    }
  }

  columns(): UnnamedColumn[] {
    return [...this.found.values()].sort((a, b) => a.index - b.index);
  }
}
