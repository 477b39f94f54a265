import type { ParsedTable } from '../../core/table.js';
import type { FindingTarget } from '../../core/rule.js';
import { ruleFor } from '../../core/rule.js';
import type { TaskRow } from '../rows.js';
import type { SheetYear } from '../year.js';

/** Everything a workplan rule may look at for one sheet. Rules only read it and emit. */
export interface TaskContext {
  table: ParsedTable;
  rows: TaskRow[];
  /** Reference date for overdue checks, yyyy-mm-dd. */
  asOf: string;
  /** The year of the sheet's dates written without one, and where it came from. */
  year: SheetYear;
}

export const sheetRule = ruleFor<TaskContext>();

/** Where a finding about a task's timeframe goes: its due date, else its timeline, status or first period. */
export function timeframeTarget(table: ParsedTable, row: TaskRow): FindingTarget {
  const field = ['due', 'timeline', 'status'].find((f) => f in table.header.fieldColumns);
  if (field) return { row: row.source.row, field };
  return { row: row.source.row, ...(row.periodCell ? { cell: row.periodCell } : {}) };
}
