/**
 * One header row (or a window of two or three rows) read as columns: each column's text, the field it names, and
 * what cannot be decided (a field named by two columns; a header that names two fields equally).
 */
import type { TemplateDef } from '../schema.js';
import {
  compareCandidates,
  headerCandidates,
  MAX_HEADER_CHARS,
  sameStrength,
  type FieldCandidate,
  type HeaderText,
} from './matcher.js';

/** Header prefix of the derived columns the add-in writes right of a table: output, never input. */
export const DERIVED_PREFIX = 'psea › ';

export interface ColumnMapping {
  /** 0-based index into the grid row. */
  index: number;
  header: string;
  field?: string;
  /** The parameter the header gives a field that repeats (a dated round, a period, a standard). */
  param?: string;
  /** The header names these fields equally well: none is taken (layout.ambiguous-column). */
  ambiguous?: string[];
  /** Set for a keyed column (TemplateDef.keyedColumn): the item its header names; `field` is what its cells hold. */
  key?: string;
  /** A keyed column's stand-in for a field (KeyedColumn.stands). */
  stands?: string;
}

export interface HeaderMatch {
  /** 0-based grid indices of the header rows (two or three when a split header was flattened). */
  rows: number[];
  columns: ColumnMapping[];
  /** Field (with its parameter: see fieldKey) → 0-based column index; the first column when a field appears twice. */
  fieldColumns: Record<string, number>;
  /** Fields whose header appears in more than one column. */
  repeatedFields: string[];
  /** Distinct fields named: how the header windows and the kinds compete. */
  score: number;
  /** Tie-break between equal scores: how strongly they are named. */
  strength: number;
  /** Its lower rows are sub-headers under group labels ("Time 2" over "Status" | "Comments"). */
  grouped?: boolean;
}

/** The key a record's value is stored under: the field, or "field@param" for a field that repeats per parameter. */
export function fieldKey(field: string, param?: string): string {
  return param === undefined ? field : `${field}@${param}`;
}

export function columnKey(c: ColumnMapping): string | undefined {
  return c.field === undefined ? undefined : fieldKey(c.field, c.param);
}

interface Scored {
  index: number;
  text: HeaderText;
  header: string;
  candidates: FieldCandidate[];
  tied: FieldCandidate[];
}

const STRENGTH = { label: 3, exact: 2, concept: 1 } as const;
/** Longest spelling tried as a keyed column's item. */
const MAX_KEYED_CHARS = 160;

/**
 * Whether assignColumns can count the column at all: the tests it makes before any look-up (a blank or derived
 * header, a text too long for a field and for an item). The header search bounds a window's score by it.
 */
export function mayCount(h: HeaderText & { header: string }): boolean {
  if (!h.header || h.header.startsWith(DERIVED_PREFIX)) return false;
  const short = (t: string) => !!t && t.length <= MAX_KEYED_CHARS;
  return h.own.length + (h.group?.length ?? 0) <= MAX_HEADER_CHARS || short(h.header) || short(h.own);
}

/** The strongest columns choose first; a column torn between two fields takes the one no stronger column took. */
export function assignColumns(def: TemplateDef, headers: readonly (HeaderText & { index: number; header: string })[]) {
  const scored: Scored[] = [];
  for (const h of headers) {
    if (!h.header || h.header.startsWith(DERIVED_PREFIX)) continue;
    const candidates = headerCandidates(def, h);
    const tied = candidates.filter((c) => sameStrength(c, candidates[0]) && c.field !== candidates[0].field);
    scored.push({ index: h.index, text: h, header: h.header, candidates, tied });
  }
  const order = scored
    .filter((s) => s.candidates.length)
    .sort(
      (a, b) =>
        compareCandidates(a.candidates[0], b.candidates[0]) ||
        Number(a.tied.length > 0) - Number(b.tied.length > 0) ||
        a.index - b.index,
    );
  const fieldColumns: Record<string, number> = {};
  const repeated = new Set<string>();
  const mapped = new Map<number, ColumnMapping>();
  let strength = 0;
  for (const s of order) {
    const best = s.candidates[0];
    if (s.tied.length) {
      const options = [best, ...s.tied];
      const free = options.filter((c) => !(fieldKey(c.field, c.param) in fieldColumns));
      if (free.length !== 1) {
        mapped.set(s.index, { index: s.index, header: s.header, ambiguous: options.map((c) => c.field) });
        continue;
      }
      take(s, free[0]);
    } else take(s, best);
  }
  function take(s: Scored, c: FieldCandidate) {
    const key = fieldKey(c.field, c.param);
    const column: ColumnMapping = { index: s.index, header: s.header, field: c.field };
    if (c.param !== undefined) column.param = c.param;
    mapped.set(s.index, column);
    if (key in fieldColumns) {
      repeated.add(key);
      return;
    }
    fieldColumns[key] = s.index;
    strength += STRENGTH[c.tier] + c.score;
  }
  const columns = scored.map((s) => mapped.get(s.index) ?? keyedColumn(def, s.text, s.index, s.header));
  // Keyed columns count once per item: seven columns read as one standard are one.
  const items = new Set(columns.filter((c) => c.key !== undefined).map((c) => `${c.field}@${c.key}`));
  const score = Object.keys(fieldColumns).length + items.size;
  return { columns, fieldColumns, repeatedFields: [...repeated], score, strength };
}

/**
 * A header that names no field may name one item of the template's list (a checklist's standard, a Gantt's
 * period): the whole header, or its own text without the group label over it ("2026 Jan", else "Jan").
 */
function keyedColumn(def: TemplateDef, text: HeaderText, index: number, header: string): ColumnMapping {
  const read = def.keyedColumn;
  // The own text is tried apart only when a group label makes it differ from the header (most windows: the same).
  for (const spelling of read ? (text.own === header ? [header] : [header, text.own]) : []) {
    const keyed = spelling && spelling.length <= MAX_KEYED_CHARS ? read!(spelling) : undefined;
    if (keyed)
      return {
        index,
        header: spelling,
        field: keyed.field,
        key: keyed.key,
        ...(keyed.stands ? { stands: keyed.stands } : {}),
      };
  }
  return { index, header };
}
