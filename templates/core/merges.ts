/** Merged cells as the readers hand them: the top-left value covers the whole area. */
import type { CellValue, SheetGrid } from './types.js';

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
