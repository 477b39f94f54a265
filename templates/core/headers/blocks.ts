/**
 * Header rows met below the header: the header repeated at a page break, a translation of it under the first
 * ("No. | Recommendation | …" under "N.º | Recomendación | …"), or the header of a second table on the sheet
 * whose columns differ. And the header of records above the best one (UN-Habitat's short header over Rec. 1–4).
 */
import type { CellValue } from '../types.js';
import type { TemplateDef } from '../schema.js';
import { cellText } from '../text.js';
import type { HeaderMatch } from './assign.js';
import { bestWindow } from './locate.js';
import { headerCandidates, mayBeHeader } from './matcher.js';

/** Longest header a key column is given (rec_no, task, agency): "Número de la recomendación" is 26. */
const KEY_HEADER_CHARS = 60;

export type HeaderRowKind = 'repeated-header' | 'translated-header' | 'header';

export interface HeaderBlock {
  kind: HeaderRowKind;
  header: HeaderMatch;
}

const named = (def: TemplateDef, v: CellValue | undefined) =>
  typeof v === 'string' && mayBeHeader(def, v) && headerCandidates(def, { own: v }).length > 0;

/**
 * Cheap test first: the cell under the current header's first key column must itself read as a header (data rows
 * hold a number or a value there), then most filled cells must: named by a field, or the header's own text again.
 */
function looksLikeHeader(
  def: TemplateDef,
  row: readonly CellValue[],
  current: HeaderMatch,
  headerRow: readonly CellValue[],
): boolean {
  const same = (c: number) => row[c] !== null && row[c] !== undefined && cellText(row[c]) === cellText(headerRow[c]);
  const key = def.keyFields.find((f) => f in current.fieldColumns);
  if (key !== undefined) {
    const at = current.fieldColumns[key];
    // A key column's header is short ("Rec.", "N.º", "Activité"); its records' texts are mostly longer.
    const text = row[at];
    if (!same(at) && !(typeof text === 'string' && text.length <= KEY_HEADER_CHARS && named(def, text))) return false;
  }
  let filled = 0;
  let hits = 0;
  row.forEach((v, c) => {
    if (v === null || v === undefined || v === '') return;
    filled++;
    if (same(c) || named(def, v)) hits++;
  });
  return hits >= def.minColumns && hits * 2 >= filled;
}

function sameColumns(a: HeaderMatch, b: HeaderMatch): boolean {
  const keys = Object.keys(b.fieldColumns);
  return keys.length > 0 && keys.every((k) => a.fieldColumns[k] === b.fieldColumns[k]);
}

const texts = (rows: readonly (readonly CellValue[] | undefined)[], h: HeaderMatch) =>
  h.rows.map((r) => (rows[r] ?? []).map((v) => cellText(v)).join('\u0000')).join('\n');

/** The header starting at row r, if there is one, and how it relates to the header in force. */
export function headerAt(
  def: TemplateDef,
  rows: readonly (readonly CellValue[] | undefined)[],
  r: number,
  current: HeaderMatch,
): HeaderBlock | undefined {
  const headerRow = rows[current.rows[current.rows.length - 1]] ?? [];
  if (!looksLikeHeader(def, rows[r] ?? [], current, headerRow)) return undefined;
  // A copy or a translation has the header's own rows: a longer window would take the data row below for a label.
  const copy = bestWindow(def, rows.slice(0, r + current.rows.length), r, r + 1, def.minColumns);
  if (copy && sameColumns(current, copy))
    return { kind: texts(rows, copy) === texts(rows, current) ? 'repeated-header' : 'translated-header', header: copy };
  const header = bestWindow(def, rows, r, r + 1, def.minColumns);
  if (!header) return undefined;
  if (!sameColumns(current, header)) return { kind: 'header', header };
  return { kind: texts(rows, header) === texts(rows, current) ? 'repeated-header' : 'translated-header', header };
}

/**
 * A header above the best one with records under it: it names enough fields, a key field among them, and at
 * least half as many as the best header.
 */
export function headerAbove(
  def: TemplateDef,
  rows: readonly (readonly CellValue[] | undefined)[],
  main: HeaderMatch,
): HeaderMatch | undefined {
  const min = Math.max(def.minColumns, Math.ceil(main.score / 2));
  // Windows end above the best header's first row: they never borrow its rows.
  const above = bestWindow(def, rows.slice(0, main.rows[0]), 0, main.rows[0], min);
  if (!above || above.rows[above.rows.length - 1] >= main.rows[0] - 1) return undefined;
  return def.keyFields.some((f) => f in above.fieldColumns) ? above : undefined;
}
