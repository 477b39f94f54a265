import { sheetRule, timeframeTarget } from './context.js';
import { daysBetween } from '../../core/dates.js';
import { isOverdue } from '../tables.js';
import { TASK_STATUS_TERMS } from '../values.js';

export default sheetRule({
  id: 'action-plan.overdue',
  severity: 'warning',
  title: { en: 'Task overdue', fr: 'Tâche en retard', es: 'Tarea atrasada' },
  messages: {
    en: 'Task overdue by {days} {days:day|days}: due {due}, status "{status}" on {asOf}.',
    fr: 'Tâche en retard de {days} {days:jour|jours} : échéance {due}, statut « {status} » au {asOf}.',
    es: 'Tarea atrasada {days} {days:día|días}: fecha límite {due}, estado «{status}» al {asOf}.',
  },
  terms: { status: TASK_STATUS_TERMS },
  fields: ['due', 'status'],
  doc: {
    checks: 'A task whose due date is before the reference date (--as-of, today by default) is Completed or Cancelled.',
    why: 'Overdue tasks are what a coordinator follows up first; the overdue table lists them with their source row.',
    fix: 'Update the status if the task is done, or agree a new due date and record it.',
    example: {
      input: 'A task due 2021-04-15, still In progress on 2021-05-01.',
      params: { days: 16, due: '2021-04-15', status: 'In progress', asOf: '2021-05-01' },
    },
  },
  check({ table, rows, asOf }, emit) {
    for (const row of rows) {
      if (!isOverdue(row, asOf)) continue;
      const due = row.due!.iso;
      emit(
        { ...timeframeTarget(table, row), value: due },
        { days: daysBetween(due, asOf), due, status: row.status ?? '—', asOf },
      );
    }
  },
});
