import type { CellValue, RowAccounting, SetAsideReason, SheetGrid, SourceRef } from './types.js';
import type { TemplateDef } from './schema.js';
import { locateHeader, fieldForHeader, headerTooLong, type ColumnMapping, type HeaderMatch } from './header.js';
import { cellText, columnLetter, isBlank } from './text.js';
import { isLegendTitle, legendEntry } from './legend.js';
import { dict } from './dict.js';

export interface TableRecord {
  source: SourceRef;
  /** Raw cell values by canonical field. */
  values: Record<string, CellValue>;
  /** Fields filled from a section row or the record above, not typed on this row. */
  inherited: string[];
  /** Non-blank values of columns no field reads (unknown or repeated headers), by header: kept, unchecked. */
  extra?: Record<string, CellValue>;
  /** The cells of keyed columns (a checklist's standards, a Gantt's periods), blank ones included. */
  keyed?: KeyedCell[];
  /** The row's solid fill colours by 0-based grid column, where the reader knows them (SheetGrid.fills). */
  fills?: Readonly<Record<number, string>>;
}

/** One cell of a keyed column: the field it holds, the item its header names, its 0-based grid column. */
export interface KeyedCell {
  field: string;
  key: string;
  index: number;
  value: CellValue;
}

/** A row above the header (titles, group labels over the header): its 1-based sheet row and its cells' texts. */
export interface AboveRow {
  row: number;
  texts: string[];
}

export interface SetAsideRow {
  row: number;
  reason: SetAsideReason;
  text: string;
}

export interface ParsedTable {
  kind: string;
  file: string;
  sheet: string;
  /** 1-based sheet row and column of the grid's first cell: add them to 0-based grid indices. */
  firstRow: number;
  firstColumn: number;
  header: HeaderMatch;
  /** The rows above the header, top down: a title may state the year or the agency a sheet is about. */
  above: AboveRow[];
  records: TableRecord[];
  setAside: SetAsideRow[];
  accounting: RowAccounting;
  unknownColumns: ColumnMapping[];
  /** CSV rows with values right of the header's last column (split at an unquoted delimiter), kept as extra. */
  pastHeader: { row: number; columns: string[]; first: number }[];
}

/**
 * Merged areas read as their top-left value in every cell they cover; the part of an area outside the grid is ignored.
 */
export function applyMerges(grid: SheetGrid): CellValue[][] {
  if (!grid.merges?.length) return grid.rows;
  const rows = grid.rows.map((row) => row);
  for (const m of grid.merges) {
    const origin = grid.rows[m.top]?.[m.left] ?? null;
    for (let r = Math.max(0, m.top); r <= m.bottom && r < rows.length; r++) {
      const copy = rows[r] === grid.rows[r] ? [...rows[r]] : rows[r];
      for (let c = Math.max(0, m.left); c <= m.right; c++) if (r !== m.top || c !== m.left) copy[c] = origin;
      rows[r] = copy;
    }
  }
  return rows;
}

function distinctTexts(row: readonly CellValue[]): string[] {
  return [...new Set(row.map((v) => cellText(v)).filter(Boolean))];
}

function sectionValue(def: TemplateDef, texts: string[]): string | undefined {
  if (!def.section || texts.length !== 1) return undefined;
  const match = def.section.pattern.exec(texts[0]);
  return match ? match[1] : undefined;
}

function isRepeatedHeader(def: TemplateDef, texts: string[], row: readonly CellValue[], header: HeaderMatch): boolean {
  // A copy of the header names its key fields in their own columns: one fold per row rules most rows out.
  const keyed = def.keyFields.filter((f) => f in header.fieldColumns);
  if (keyed.length && !keyed.some((f) => fieldForHeader(def, cellText(row[header.fieldColumns[f]])) === f))
    return false;
  // Cheap bound next: texts too long to be any header can never be hits.
  const possible = texts.filter((t) => !headerTooLong(def, t)).length;
  if (possible < def.minColumns || possible * 2 < texts.length) return false;
  const hits = texts.filter((t) => fieldForHeader(def, t)).length;
  return hits >= def.minColumns && hits * 2 >= texts.length;
}

/**
 * A data row names at least one key field, and is more than one stray text: a lone long
 * text in the first column is a note ("Source: …"), not a record.
 */
function isDataRow(def: TemplateDef, values: Record<string, CellValue>, keyed: readonly KeyedCell[]): boolean {
  const filled = Object.keys(values).filter((f) => !isBlank(values[f]));
  if (!filled.some((f) => def.keyFields.includes(f))) return false;
  if (filled.length > 1 || keyed.some((k) => !isBlank(k.value))) return true;
  const only = cellText(values[filled[0]]);
  return only.length <= 20 || /^#?\s*\d+$/.test(only);
}

/**
 * Columns no field reads: unknown headers, and a field's second column. Their values travel with the
 * record under the header text (with the column letter when two such headers read the same).
 */
export function extraColumns(header: HeaderMatch, firstColumn: number): { index: number; key: string }[] {
  const taken = new Set<string>();
  return header.columns
    .filter((c) => c.key === undefined && (c.field === undefined || header.fieldColumns[c.field] !== c.index))
    .map((c) => {
      let key = c.header;
      if (taken.has(key)) key = `${c.header} (${columnLetter(c.index + firstColumn - 1)})`;
      taken.add(key);
      return { index: c.index, key };
    });
}

/** A row that leaves the key blank or repeats it continues the record above; another key starts a new one. */
function sameRecord(values: Record<string, CellValue>, previous: TableRecord, key: string): boolean {
  return isBlank(values[key]) || cellText(values[key]) === cellText(previous.values[key]);
}

export function parseTable(
  grid: SheetGrid,
  def: TemplateDef,
  file: string,
  header = locateHeader(grid, def),
): ParsedTable | undefined {
  if (!header) return undefined;
  const rows = applyMerges(grid);
  const firstRow = grid.firstRow ?? 1;
  const records: TableRecord[] = [];
  const setAside: SetAsideRow[] = [];
  const mapped = header.columns.filter((c) => c.field !== undefined && c.key === undefined);
  const keyedColumns = header.columns.filter((c) => c.key !== undefined);
  const extras = extraColumns(header, grid.firstColumn ?? 1);
  const pastHeader: ParsedTable['pastHeader'] = [];
  const width = Math.max(0, ...header.columns.map((c) => c.index + 1));
  let section: string | undefined;
  let previous: TableRecord | undefined;
  const start = header.rows[header.rows.length - 1] + 1;
  // Rows after the last non-blank one are the used range's tail, not input.
  let end = rows.length;
  while (end > start && !distinctTexts(rows[end - 1] ?? []).length) end--;

  for (let r = start; r < end; r++) {
    const row = rows[r] ?? [];
    const sheetRow = firstRow + r;
    const texts = distinctTexts(row);
    const aside = (reason: SetAsideReason) =>
      setAside.push({ row: sheetRow, reason, text: texts.join(' | ').slice(0, 120) });
    if (!texts.length) {
      aside('blank');
      continue;
    }
    const sectionHit = sectionValue(def, texts);
    if (sectionHit !== undefined) {
      section = sectionHit;
      aside('section');
      continue;
    }
    if (isRepeatedHeader(def, texts, row, header)) {
      aside('repeated-header');
      continue;
    }
    if (texts.length === 1 && (isLegendTitle(texts[0]) || legendEntry(texts[0]))) {
      aside('legend');
      continue;
    }

    const values: Record<string, CellValue> = {};
    for (const col of mapped) {
      const field = col.field as string;
      if (header.fieldColumns[field] === col.index) values[field] = row[col.index] ?? null;
    }
    const keyed = keyedColumns.map((c) => ({
      field: c.field!,
      key: c.key!,
      index: c.index,
      value: row[c.index] ?? null,
    }));
    if (!isDataRow(def, values, keyed)) {
      aside('note');
      continue;
    }

    const inherited: string[] = [];
    const cont = def.continuation;
    if (cont && previous && !isBlank(values[cont.marker]) && sameRecord(values, previous, cont.key)) {
      for (const field of cont.inherit) {
        if (isBlank(values[field]) && !isBlank(previous.values[field])) {
          values[field] = previous.values[field];
          inherited.push(field);
        }
      }
    }
    if (def.section && section !== undefined && isBlank(values[def.section.field])) {
      values[def.section.field] = section;
      inherited.push(def.section.field);
    }
    const record: TableRecord = { source: { file, sheet: grid.name, row: sheetRow }, values, inherited };
    if (keyed.length) record.keyed = keyed;
    const fills = grid.fills?.[r];
    if (fills) record.fills = fills;
    for (const { index, key } of extras) {
      if (!isBlank(row[index] ?? null)) (record.extra ??= dict())[key] = row[index];
    }
    if (grid.delimited && row.length > width) keepPastHeader(row, width, grid.firstColumn ?? 1, record, pastHeader);
    records.push(record);
    previous = record;
  }

  const counts: RowAccounting['setAside'] = {};
  for (const s of setAside) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return {
    kind: def.kind,
    file,
    sheet: grid.name,
    firstRow,
    firstColumn: grid.firstColumn ?? 1,
    header,
    above: rows
      .slice(0, header.rows[0])
      .map((cells, r) => ({ row: firstRow + r, texts: cells.map((v) => cellText(v)) })),
    records,
    setAside,
    accounting: { read: records.length + setAside.length, consolidated: records.length, setAside: counts },
    unknownColumns: header.columns.filter((c) => c.field === undefined),
    pastHeader,
  };
}

/** Values right of the header in a CSV row: kept under their column letter, and noted for a finding. */
function keepPastHeader(
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
