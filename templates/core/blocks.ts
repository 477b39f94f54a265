/**
 * How the add-in reads a long sheet: one small read of the top rows (to find the header and the kind),
 * then the used range in blocks of rows, so no single Office.js call moves too much data.
 * Reads = ceil(rows / blockRows) + 1. Pure: the add-in runs the plan, the bench counts it.
 */
import type { CellValue, SheetGrid } from './types.js';
import { HEADER_SEARCH_ROWS } from './header.js';

export const BLOCK_ROWS = 5000;

/** One read: `count` sheet rows from 1-based row `first`. */
export interface RowBlock {
  first: number;
  count: number;
  /** The header window is read first and only to decide whether the sheet is a template. */
  purpose: 'header' | 'rows';
}

/** usedFirstRow/usedRows describe the sheet's used range (1-based first row, number of rows). */
export function blockPlan(usedFirstRow: number, usedRows: number, blockRows = BLOCK_ROWS): RowBlock[] {
  if (usedRows <= 0) return [];
  const plan: RowBlock[] = [{ first: usedFirstRow, count: Math.min(HEADER_SEARCH_ROWS, usedRows), purpose: 'header' }];
  for (let offset = 0; offset < usedRows; offset += blockRows) {
    plan.push({ first: usedFirstRow + offset, count: Math.min(blockRows, usedRows - offset), purpose: 'rows' });
  }
  return plan;
}

/** Joins the row blocks' values (in plan order) into one grid the core can analyse. */
export function gridFromBlocks(
  name: string,
  plan: readonly RowBlock[],
  blocks: readonly CellValue[][][],
  firstColumn = 1,
): SheetGrid {
  const rows: CellValue[][] = [];
  plan.forEach((block, i) => {
    if (block.purpose !== 'rows') return;
    for (const row of blocks[i]) rows.push(row);
  });
  const first = plan.find((b) => b.purpose === 'rows')?.first ?? 1;
  return { name, rows, firstRow: first, firstColumn };
}
