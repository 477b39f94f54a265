/**
 * Header matching, as the rest of the core uses it: where a template's header sits and which column is which
 * field. The matcher by concept and the layouts it reads are in templates/core/headers/.
 */
import type { SheetGrid } from './types.js';
import type { TemplateDef } from './schema.js';
import { applyMerges } from './merges.js';
import { bestWindow, HeaderWindows, HEADER_SEARCH_ROWS } from './headers/locate.js';
import { headerCandidates, sameStrength } from './headers/matcher.js';
import type { HeaderMatch } from './headers/assign.js';

export { DERIVED_PREFIX, fieldKey, columnKey, type ColumnMapping, type HeaderMatch } from './headers/assign.js';
export { HEADER_SEARCH_ROWS, MAX_HEADER_ROWS } from './headers/locate.js';

/** The field a header text names, when one field is named more strongly than any other; undefined otherwise. */
export function fieldForHeader(def: TemplateDef, header: string): string | undefined {
  const [best, next] = headerCandidates(def, { own: header });
  if (!best || (next && sameStrength(best, next) && next.field !== best.field)) return undefined;
  return best.field;
}

/** Every exact spelling of every field (labels, key, other exact spellings) → its field: for a did-you-mean. */
export function exactSpellings(def: TemplateDef): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of def.fields)
    for (const s of [...Object.values(f.label), ...(f.exact ?? [])]) if (!out.has(s)) out.set(s, f.key);
  return out;
}

/** The header windows of a sheet's first rows, merges spread: made once when several kinds look (detectSheet). */
export function headerWindows(grid: SheetGrid): HeaderWindows {
  return new HeaderWindows(applyMerges({ ...grid, rows: grid.rows.slice(0, HEADER_SEARCH_ROWS + 2) }));
}

/**
 * The best header among the sheet's first rows (one to three rows each), if it names enough fields. `floor`: a
 * header naming fewer fields is of no use to the caller (detectSheet: another kind already names as many), so none
 * is returned; windows below it are skipped unread.
 */
export function locateHeader(
  grid: SheetGrid,
  def: TemplateDef,
  windows = headerWindows(grid),
  floor = 0,
): HeaderMatch | undefined {
  return bestWindow(def, windows.rows, 0, HEADER_SEARCH_ROWS, Math.max(def.minColumns, floor), windows);
}
