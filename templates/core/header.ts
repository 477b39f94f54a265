import type { CellValue, SheetGrid } from './types.js';
import type { TemplateDef } from './schema.js';
import { cellText, foldKey, foldsLongerThan } from './text.js';

/** Header prefix of the derived columns the add-in writes right of a table: output, never input. */
export const DERIVED_PREFIX = 'psea › ';

/** How far down people put the header row, below titles. */
export const HEADER_SEARCH_ROWS = 20;

export interface ColumnMapping {
  /** 0-based index into the grid row. */
  index: number;
  header: string;
  field?: string;
  /** Set for a keyed column (TemplateDef.keyedColumn): the item its header names; `field` is what its cells hold. */
  key?: string;
  /** A keyed column's stand-in for a field (KeyedColumn.stands). */
  stands?: string;
}

export interface HeaderMatch {
  /** 0-based grid indices of the header rows (two when a split header was flattened). */
  rows: number[];
  columns: ColumnMapping[];
  /** field → 0-based column index (the first column when a field appears twice). */
  fieldColumns: Record<string, number>;
  /** Fields whose header appears in more than one column. */
  repeatedFields: string[];
  score: number;
}

const aliasIndexCache = new WeakMap<TemplateDef, Map<string, string>>();
const longestKeyCache = new WeakMap<TemplateDef, number>();

export function aliasIndex(def: TemplateDef): Map<string, string> {
  let index = aliasIndexCache.get(def);
  if (!index) {
    index = new Map();
    for (const field of def.fields) {
      for (const alias of [field.key, ...Object.values(field.label), ...field.aliases])
        index.set(foldKey(alias), field.key);
    }
    aliasIndexCache.set(def, index);
  }
  return index;
}

function longestKey(def: TemplateDef): number {
  let longest = longestKeyCache.get(def);
  if (longest === undefined) {
    longest = Math.max(0, ...[...aliasIndex(def).keys()].map((k) => k.length));
    longestKeyCache.set(def, longest);
  }
  return longest;
}

/** True when the text folds to a key longer than every header spelling: it cannot be a header. */
export function headerTooLong(def: TemplateDef, text: string): boolean {
  return foldsLongerThan(text, longestKey(def));
}

/** The field a header text maps to, or undefined. Prose cells are ruled out before folding them. */
export function fieldForHeader(def: TemplateDef, header: string): string | undefined {
  if (headerTooLong(def, header)) return undefined;
  return aliasIndex(def).get(foldKey(header));
}

/** Each column offers its spellings in order of preference; the first that maps wins. */
function mapHeaders(def: TemplateDef, headers: string[][], rows: number[]): HeaderMatch {
  const columns: ColumnMapping[] = [];
  const fieldColumns: Record<string, number> = {};
  const repeated = new Set<string>();
  // Keyed columns count once per item: seven columns read as one standard are one.
  const keyedItems = new Set<string>();
  headers.forEach((spellings, index) => {
    const present = spellings.filter(Boolean);
    if (!present.length || present.some((s) => s.startsWith(DERIVED_PREFIX))) return;
    const matched = present.find((s) => fieldForHeader(def, s));
    const header = matched ?? present[0];
    const field = matched && fieldForHeader(def, matched);
    if (!field && def.keyedColumn) {
      const keyed = keyedHeader(def, present);
      if (keyed) {
        const { header: text, field: held, key, stands } = keyed;
        columns.push({ index, header: text, field: held, key, ...(stands ? { stands } : {}) });
        keyedItems.add(`${held}@${key}`);
        return;
      }
    }
    columns.push(field ? { index, header, field } : { index, header });
    if (!field) return;
    if (field in fieldColumns) repeated.add(field);
    else fieldColumns[field] = index;
  });
  const score = Object.keys(fieldColumns).length + keyedItems.size;
  return { rows, columns, fieldColumns, repeatedFields: [...repeated], score };
}

/** The first spelling of a column that the template reads as a keyed column (header texts longer than 160: prose). */
function keyedHeader(def: TemplateDef, spellings: readonly string[]) {
  for (const header of spellings) {
    if (header.length > 160) continue;
    const keyed = def.keyedColumn?.(header);
    if (keyed) return { header, ...keyed };
  }
  return undefined;
}

function rowTexts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((v) => cellText(v));
}

/** Joins a group row ("Time 2", merged across) with the row below ("Status"). */
function flatten(top: string[], bottom: string[]): string[][] {
  const width = Math.max(top.length, bottom.length);
  const out: string[][] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const upper = top[i] ?? '';
    const lower = bottom[i] ?? '';
    if (upper) carried = upper;
    else if (!lower) carried = '';
    const group = upper || (lower ? carried : '');
    const joined = group && lower && group !== lower ? `${group} ${lower}` : group || lower;
    out.push([joined, lower, upper]);
  }
  return out;
}

/**
 * Finds the header among the first rows: every single row and every pair of rows is scored
 * by the number of distinct fields it names; the best wins, a single row on ties.
 */
export function locateHeader(grid: SheetGrid, def: TemplateDef): HeaderMatch | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const texts = Array.from({ length: Math.min(grid.rows.length, limit + 1) }, (_, r) => rowTexts(grid.rows[r]));
  const singles = texts.map((row, r) =>
    mapHeaders(
      def,
      row.map((h) => [h]),
      [r],
    ),
  );
  let best: HeaderMatch | undefined;
  for (let r = 0; r < limit; r++) {
    const candidates = [singles[r]];
    // A pair counts only when it names more fields than either of its rows alone.
    if (r + 1 < texts.length) {
      const pair = mapHeaders(def, flatten(texts[r], texts[r + 1]), [r, r + 1]);
      if (pair.score > Math.max(singles[r].score, singles[r + 1].score)) candidates.push(pair);
    }
    for (const candidate of candidates) {
      if (!best || candidate.score > best.score) best = candidate;
    }
  }
  return best && best.score >= def.minColumns ? best : undefined;
}
