/** Workplan progress by status and by area, and the overdue list. */
import type { SheetAnalysis } from '../core/kind.js';
import { daysBetween } from '../core/dates.js';
import { CLOSED, TASK_STATUS_KEYS } from './values.js';
import type { TaskRow } from './rows.js';
import { dict } from '../core/dict.js';

export interface TaskState {
  rows: TaskRow[];
}

export interface OverdueTask {
  task: string;
  responsible_orgs: string;
  due: string;
  status: string;
  days_overdue: number;
  source_file: string;
  source_sheet: string;
  source_row: number;
}

export interface ActionPlanTables {
  by_status: Record<string, number>;
  by_area: Record<string, Record<string, number>>;
  overdue: OverdueTask[];
}

const BLANK = '(blank)';
const NO_AREA = '(no area)';

export function isOverdue(row: TaskRow, asOf: string): boolean {
  return !!row.due && row.due.iso < asOf && !(row.status && CLOSED.includes(row.status));
}

function statusCounts(): Record<string, number> {
  return Object.fromEntries([...TASK_STATUS_KEYS, BLANK].map((s) => [s, 0]));
}

export function computeActionPlanTables(sheets: readonly SheetAnalysis[], asOf: string): ActionPlanTables {
  const tables: ActionPlanTables = { by_status: statusCounts(), by_area: dict(), overdue: [] };
  for (const row of sheets.flatMap((s) => (s.state as TaskState).rows)) {
    const status = row.status ?? BLANK;
    tables.by_status[status]++;
    (tables.by_area[row.area ?? NO_AREA] ??= statusCounts())[status]++;
    if (!isOverdue(row, asOf)) continue;
    tables.overdue.push({
      task: row.task,
      responsible_orgs: row.orgsText,
      due: row.due!.iso,
      status,
      days_overdue: daysBetween(row.due!.iso, asOf),
      source_file: row.source.file,
      source_sheet: row.source.sheet,
      source_row: row.source.row,
    });
  }
  return tables;
}
