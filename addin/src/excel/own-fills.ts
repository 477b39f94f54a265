/**
 * The pane's own Annotate fills taken out of what Validate reads. Annotate fills a finding's cell by its severity,
 * and "no timeframe" sits in a Gantt's first period column: read back as a fill, the pane's yellow became a bar in
 * Q1, the warning vanished and the task got a timeframe nobody gave it. Where a cell still shows the pane's fill,
 * its fill is the one it had before (a user's bar stays a mark); a fill changed since is the user's.
 */
import type { SheetGrid } from '../../../templates/index.js';
import { a1 } from '../../../templates/core/text.js';
import type { AnnotationEntry } from './state.js';
import { NO_FILL } from './names.js';

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The grid with the fills the pane set replaced by the cells' earlier fills; other grids are returned as they are. */
export function withoutOwnFills(grid: SheetGrid, entries: readonly AnnotationEntry[]): SheetGrid {
  const marks = new Map(entries.filter((e) => e.sheet === grid.name).map((e) => [e.cell.toUpperCase(), e]));
  if (!marks.size || !grid.fills) return grid;
  const firstRow = grid.firstRow ?? 1;
  const fills: NonNullable<SheetGrid['fills']> = {};
  for (const [r, byColumn] of Object.entries(grid.fills)) {
    const kept: Record<number, string> = {};
    for (const [c, colour] of Object.entries(byColumn)) {
      const mark = marks.get(a1(Number(c), firstRow + Number(r)));
      if (!mark || !same(colour, mark.fill)) kept[Number(c)] = colour;
      else if (mark.previousFill && !same(mark.previousFill, NO_FILL)) kept[Number(c)] = mark.previousFill;
    }
    if (Object.keys(kept).length) fills[Number(r)] = kept;
  }
  const { fills: _pane, ...rest } = grid;
  return Object.keys(fills).length ? { ...rest, fills } : rest;
}
