import type { ParsedTable } from '../../core/table.js';
import { ruleFor } from '../../core/rule.js';
import type { TaskRow } from '../rows.js';

/** Everything a workplan rule may look at for one sheet. Rules only read it and emit. */
export interface TaskContext {
  table: ParsedTable;
  rows: TaskRow[];
  /** Reference date for overdue checks, yyyy-mm-dd. */
  asOf: string;
}

export const sheetRule = ruleFor<TaskContext>();
