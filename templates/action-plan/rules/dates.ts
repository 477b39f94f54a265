import type { TaskRule } from './context.js';
import { reportDate } from '../../core/read-date.js';

const RULES = { invalid: 'action-plan.date-invalid', ambiguous: 'action-plan.date-ambiguous' };

/** Start and due are real dates, read unambiguously, and due is not before start. */
export const checkDates: TaskRule = ({ rows, report }) => {
  for (const row of rows) {
    const at = row.source.row;
    const start = reportDate(row.startRaw, row.start, 'start', at, report, RULES);
    const due = reportDate(row.dueRaw, row.due, 'due', at, report, RULES);
    if (start && due && row.due!.iso < row.start!.iso) {
      report.error(
        'action-plan.due-before-start',
        { row: at, field: 'due', value: row.due!.iso },
        { due: row.due!.iso, start: row.start!.iso },
      );
    }
  }
};
