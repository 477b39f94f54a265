/** What one workbook may cost, counted on what is actually read: every sheet, every merge, once. */
import type { MergeRange } from '../../../templates/index.js';
import { tooManyCells, type ReadLimits } from '../limits.js';

export interface WorkbookBudget {
  /** Rows holding a value, read so far in the workbook. */
  rows: number;
  /** Cells holding a value, plus the cells merges will fill. */
  cells: number;
  limits: ReadLimits;
}

export function workbookBudget(limits: ReadLimits): WorkbookBudget {
  return { rows: 0, cells: 0, limits };
}

/** Charges the cells merges will fill before they are spread: Q1:XFD1048576 is refused, not allocated. */
export function chargeMerges(sheet: string, merges: readonly MergeRange[], budget: WorkbookBudget): void {
  for (const m of merges) {
    budget.cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (budget.cells > budget.limits.maxCells) throw tooManyCells(sheet, budget.limits);
  }
}
