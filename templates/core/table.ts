import type { CellValue, RowAccounting, SetAsideReason, SheetGrid, SourceRef } from './types.js';
import type { ContinuationRule, TemplateDef } from './schema.js';
import { locateHeader, type ColumnMapping, type HeaderMatch } from './header.js';
import { headerAbove, headerAt } from './headers/blocks.js';
import { applyMerges } from './merges.js';
import type { Section } from './sections.js';
import {
  distinctTexts,
  firstTexts,
  extraColumns,
  isDataRow,
  isDetailRow,
  keepPastHeader,
  UnnamedColumns,
  type UnnamedColumn,
  rowValues,
  sectionRow,
} from './table-rows.js';
import { cellText, isBlank } from './text.js';
import { isLegendTitle, legendEntry } from './legend.js';
import { dict } from './dict.js';

export { applyMerges } from './merges.js';
export { extraColumns } from './table-rows.js';

export interface TableRecord {
  source: SourceRef;
  /** Raw cell values by canonical field. */
  values: Record<string, CellValue>;
  /** Fields filled from a section row or the record above, not typed on this row. */
  inherited: string[];
  /** Non-blank values of columns no field reads (unknown or repeated headers), by header: kept, unchecked. */
  extra?: Record<string, CellValue>;
  /** The section row above it ("Pillar 2: Leadership"), with its name and number. */
  section?: Section;
  /** A row without key fields under a record (one row per key action): it belongs to the record above. */
  detail?: boolean;
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
  /** The header that names the most fields: the layout rules report on it. */
  header: HeaderMatch;
  /** Every header of the table, top to bottom: one above the best with records under it, others further down. */
  headers: HeaderMatch[];
  /** The rows above the first header, top down: a title may state the year or the agency a sheet is about. */
  above: AboveRow[];
  records: TableRecord[];
  setAside: SetAsideRow[];
  accounting: RowAccounting;
  unknownColumns: ColumnMapping[];
  /** CSV rows with values right of the header's last column (split at an unquoted delimiter), kept as extra. */
  pastHeader: { row: number; columns: string[]; first: number }[];
  /** Columns with values but no header text (outside a CSV's split rows): kept as "column F" extras. */
  unnamed: UnnamedColumn[];
}

const lastRow = (h: HeaderMatch) => h.rows[h.rows.length - 1];

/** A row that leaves the key blank or repeats it continues the record above; another key starts a new one. */
function sameRecord(values: Record<string, CellValue>, previous: TableRecord, key: string): boolean {
  return isBlank(values[key]) || cellText(values[key]) === cellText(previous.values[key]);
}

/** The row writes the record above again, with values of its own only where a detail row has them. */
function repeatsRecord(
  values: Record<string, CellValue>,
  previous: TableRecord,
  rule: NonNullable<ContinuationRule['repeats']>,
): boolean {
  const equal = (f: string) => cellText(values[f]) === cellText(previous.values[f]);
  if (!rule.same.every((f) => !isBlank(values[f]) && equal(f))) return false;
  const differs = Object.keys(values).filter((f) => !equal(f));
  // A field that repeats per parameter ("status_round@2025-12") varies as its field does.
  return differs.length > 0 && differs.every((f) => rule.varies.includes(f.split('@')[0]));
}

/** Fills the blank `fields` of a row from the record above; says which it took. */
function inherit(values: Record<string, CellValue>, from: TableRecord, fields: readonly string[], into: string[]) {
  for (const field of fields) {
    if (isBlank(values[field]) && !isBlank(from.values[field])) {
      values[field] = from.values[field];
      into.push(field);
    }
  }
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
  const firstColumn = grid.firstColumn ?? 1;
  const records: TableRecord[] = [];
  const setAside: SetAsideRow[] = [];
  const above = headerAbove(def, rows, header);
  const headers: HeaderMatch[] = above ? [above, header] : [header];
  let current = headers[0];
  let extras = extraColumns(current, firstColumn);
  let fields = Object.entries(current.fieldColumns);
  let keyedColumns = current.columns.filter((c) => c.key !== undefined);
  // The table's first column: a lone title there is a section.
  let tableColumn = Math.min(...current.columns.map((c) => c.index));
  let width = Math.max(0, ...current.columns.map((c) => c.index + 1));
  const pastHeader: ParsedTable['pastHeader'] = [];
  const unnamed = new UnnamedColumns(grid, firstColumn);
  // A header cell with any text (ours too: the pane's derived columns) names its column, read or not.
  const namedIn = (h: HeaderMatch) => {
    const named = new Set(h.columns.map((c) => c.index));
    for (const r of h.rows) (rows[r] ?? []).forEach((v, c) => !isBlank(v) && named.add(c));
    return named;
  };
  let named = namedIn(current);
  const useHeader = (h: HeaderMatch) => {
    current = h;
    extras = extraColumns(h, firstColumn);
    fields = Object.entries(h.fieldColumns);
    keyedColumns = h.columns.filter((c) => c.key !== undefined);
    tableColumn = Math.min(...h.columns.map((c) => c.index));
    width = Math.max(0, ...h.columns.map((c) => c.index + 1));
    named = namedIn(h);
  };
  let section: Section | undefined;
  // A title without a section word is a section only if a record follows it; else it was a note.
  let untitled: SetAsideRow | undefined;
  let previous: TableRecord | undefined;
  const start = lastRow(current) + 1;
  // Rows after the last non-blank one are the used range's tail, not input.
  let end = rows.length;
  while (end > start && !firstTexts(rows[end - 1] ?? []).length) end--;

  const aside = (r: number, reason: SetAsideReason) => {
    const entry = {
      row: firstRow + r,
      reason,
      text: distinctTexts(rows[r] ?? [])
        .join(' | ')
        .slice(0, 120),
    };
    setAside.push(entry);
    return entry;
  };
  for (let r = start; r < end; r++) {
    const row = rows[r] ?? [];
    const texts = firstTexts(row);
    if (!texts.length) {
      aside(r, 'blank');
      continue;
    }
    if (current === above && r === header.rows[0]) {
      for (const h of header.rows) aside(h, 'header');
      useHeader(header);
      previous = undefined;
      r = lastRow(header);
      continue;
    }
    // A legend under a checklist ("Legend:", "A = In place") explains its codes: the kind reads them.
    if (texts.length === 1 && (isLegendTitle(texts[0]) || legendEntry(texts[0]))) {
      aside(r, 'legend');
      continue;
    }
    const titled = sectionRow(row, texts, tableColumn);
    if (titled) {
      if (untitled) untitled.reason = 'note';
      const { patterned, ...found } = titled;
      section = found;
      const entry = aside(r, 'section');
      untitled = patterned ? undefined : entry;
      continue;
    }
    const block = headerAt(def, rows, r, current);
    if (block) {
      for (const h of block.header.rows) aside(h, block.kind);
      if (block.kind === 'header') {
        headers.push(block.header);
        useHeader(block.header);
        previous = undefined;
      }
      r = lastRow(block.header);
      continue;
    }

    const values = rowValues(row, fields);
    const keyed = keyedColumns.map((c) => ({
      field: c.field!,
      key: c.key!,
      index: c.index,
      value: row[c.index] ?? null,
    }));
    const inherited: string[] = [];
    const cont = def.continuation;
    let detail = false;
    if (!isDataRow(def, values, keyed)) {
      if (!previous || !cont?.detail || !isDetailRow(def, values, row)) {
        aside(r, 'note');
        continue;
      }
      detail = true;
      inherit(values, previous, cont.detail, inherited);
    } else if (cont && previous && !isBlank(values[cont.marker]) && sameRecord(values, previous, cont.key)) {
      inherit(values, previous, cont.inherit, inherited);
    } else if (cont?.repeats && previous && repeatsRecord(values, previous, cont.repeats)) {
      detail = true;
    }
    if (def.section && section?.number !== undefined && isBlank(values[def.section.field])) {
      values[def.section.field] = String(section.number);
      inherited.push(def.section.field);
    }
    const record: TableRecord = { source: { file, sheet: grid.name, row: firstRow + r }, values, inherited };
    if (detail) record.detail = true;
    if (section) record.section = section;
    if (keyed.length) record.keyed = keyed;
    const fills = grid.fills?.[r];
    if (fills) record.fills = fills;
    for (const { index, key } of extras) {
      if (!isBlank(row[index] ?? null)) (record.extra ??= dict())[key] = row[index];
    }
    if (grid.delimited && row.length > width) keepPastHeader(row, width, firstColumn, record, pastHeader);
    unnamed.keep(row, r, grid.delimited ? Math.min(row.length, width) : row.length, named, record);
    records.push(record);
    previous = record;
    untitled = undefined;
  }
  if (untitled) untitled.reason = 'note';

  const counts: RowAccounting['setAside'] = {};
  for (const s of setAside) counts[s.reason] = (counts[s.reason] ?? 0) + 1;
  return {
    kind: def.kind,
    file,
    sheet: grid.name,
    firstRow,
    firstColumn,
    header,
    headers,
    above: rows
      .slice(0, headers[0].rows[0])
      .map((cells, r) => ({ row: firstRow + r, texts: cells.map((v) => cellText(v)) })),
    records,
    setAside,
    accounting: { read: records.length + setAside.length, consolidated: records.length, setAside: counts },
    unknownColumns: header.columns.filter((c) => c.field === undefined),
    pastHeader,
    unnamed: unnamed.columns(),
  };
}
