import type { Reporter } from '../../core/report.js';
import type { ParsedTable } from '../../core/table.js';
import type { AgencyDirectory } from '../../mapping/agencies.js';
import type { TaskRow } from '../rows.js';

/** Everything a workplan rule may look at for one sheet. Rules only read it and report. */
export interface TaskContext {
  table: ParsedTable;
  rows: TaskRow[];
  orgs: AgencyDirectory;
  /** Reference date for overdue checks, yyyy-mm-dd. */
  asOf: string;
  report: Reporter;
}

export type TaskRule = (ctx: TaskContext) => void;
