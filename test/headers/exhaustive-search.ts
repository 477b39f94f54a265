/**
 * The header search as it was before issue 17's pruning, kept as the oracle: every window of every start row is
 * read and scored for every kind, none skipped (windows compared by the core's own order, `better`). The fast
 * search in templates/core must choose exactly what this one chooses (test/headers/pruned-search.test.ts).
 */
import type { CellValue, SheetGrid, TemplateDef, TemplateKind } from '../../templates/index.js';
import type { HeaderMatch } from '../../templates/core/header.js';
import {
  better,
  HEADER_SEARCH_ROWS,
  MAX_HEADER_ROWS,
  HeaderWindows,
  readWindow,
} from '../../templates/core/headers/locate.js';
import { applyMerges } from '../../templates/core/merges.js';
import { isOwnListsSheet } from '../../templates/core/blank.js';

type Rows = readonly (readonly CellValue[] | undefined)[];

/** Every window starting in rows [from, to), each scored. */
export function exhaustiveBestWindow(
  def: TemplateDef,
  rows: Rows,
  from: number,
  to: number,
  min: number,
): HeaderMatch | undefined {
  const windows = new HeaderWindows(rows);
  let best: HeaderMatch | undefined;
  for (let r = from; r < Math.min(to, rows.length); r++) {
    let single: HeaderMatch | undefined;
    for (let size = 1; size <= MAX_HEADER_ROWS && r + size <= rows.length; size++) {
      const candidate = readWindow(def, windows, r, size);
      if (size === 1) single = candidate;
      else if (!single || candidate.score < single.score || (candidate.score === single.score && !candidate.grouped))
        continue;
      if (better(candidate, best)) best = candidate;
    }
  }
  return best && best.score >= min ? best : undefined;
}

export function exhaustiveLocateHeader(grid: SheetGrid, def: TemplateDef): HeaderMatch | undefined {
  const rows = applyMerges({ ...grid, rows: grid.rows.slice(0, HEADER_SEARCH_ROWS + 2) });
  return exhaustiveBestWindow(def, rows, 0, HEADER_SEARCH_ROWS, def.minColumns);
}

export function exhaustiveDetectSheet(
  grid: SheetGrid,
  kinds: readonly TemplateKind[],
): { kind: TemplateKind; header: HeaderMatch } | undefined {
  if (isOwnListsSheet(grid.rows)) return undefined;
  let best: { kind: TemplateKind; header: HeaderMatch } | undefined;
  for (const kind of kinds) {
    const header = exhaustiveLocateHeader(grid, kind.def);
    if (header && (!best || header.score > best.header.score)) best = { kind, header };
  }
  return best;
}
