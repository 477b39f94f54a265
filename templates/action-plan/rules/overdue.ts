import type { TaskRule } from './context.js';
import { daysBetween } from '../../core/dates.js';
import { isOverdue } from '../tables.js';

/** A task past its due date on the reference date, and neither Completed nor Cancelled. */
export const checkOverdue: TaskRule = ({ rows, asOf, report }) => {
  for (const row of rows) {
    if (!isOverdue(row, asOf)) continue;
    const due = row.due!.iso;
    report.warning(
      'action-plan.overdue',
      { row: row.source.row, field: 'due', value: due },
      { days: daysBetween(due, asOf), due, status: row.status ?? '(blank)', asOf },
    );
  }
};
