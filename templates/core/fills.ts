/**
 * Cell fills as the adapters hand them over, made into what the rules read: the CLI's readers resolve a file's solid
 * fills as Excel shows them ("FF4472C4": theme, indexed and tinted colours looked up), the pane gives what Excel
 * reports ("#4472C4"). The core
 * spells every colour one way and keeps only the fills that can mark something, so both paths read one Gantt alike.
 */
import type { CellValue, SheetGrid } from './types.js';

/** One spelling per colour: "#4472c4", "4472C4" and "FF4472C4" are all "FF4472C4". */
export function fillColour(raw: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(raw);
  if (hex) return `FF${hex[1].toUpperCase()}`;
  return /^[0-9a-f]{8}$/i.test(raw) ? raw.toUpperCase() : raw;
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/**
 * The fills a period can be marked by: an empty cell's (a cell holding a value is read by its value), and column
 * A's (its colour tells a banded row from marked cells). `rows` are the grid's rows once merges are spread: a cell
 * a merged area covers shows the area's value, not an empty cell.
 */
export function markingFills(grid: SheetGrid, rows: readonly CellValue[][]): SheetGrid['fills'] {
  if (!grid.fills) return undefined;
  const columnA = 1 - (grid.firstColumn ?? 1);
  const out: NonNullable<SheetGrid['fills']> = {};
  let any = false;
  for (const [r, byColumn] of Object.entries(grid.fills)) {
    const row = rows[Number(r)];
    for (const [c, colour] of Object.entries(byColumn)) {
      if (Number(c) !== columnA && !isBlank(row?.[Number(c)])) continue;
      (out[Number(r)] ??= {})[Number(c)] = fillColour(colour);
      any = true;
    }
  }
  return any ? out : undefined;
}
