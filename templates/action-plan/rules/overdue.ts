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
    checks: {
      en: 'A task whose due date is before the reference date (--as-of, today by default) is Completed or Cancelled.',
      fr:
        'Une tâche dont l’échéance précède la date de référence (--as-of, aujourd’hui par défaut) est ' +
        'Terminé ou Annulé.',
      es:
        'Una tarea cuya fecha límite es anterior a la fecha de referencia (--as-of, hoy por defecto) está ' +
        'Completado o Cancelado.',
    },
    why: {
      en:
        'Overdue tasks are what a coordinator follows up first; the overdue table lists them with their ' +
        'source row.',
      fr:
        'Les tâches en retard sont ce qu’un coordonnateur suit en premier ; le tableau des retards les liste ' +
        'avec leur ligne source.',
      es:
        'Las tareas atrasadas son lo primero que sigue un coordinador; la tabla de atrasadas las enumera con ' +
        'su fila de origen.',
    },
    fix: {
      en: 'Update the status if the task is done, or agree a new due date and record it.',
      fr: 'Mettez à jour le statut si la tâche est faite, ou convenez d’une nouvelle échéance et notez-la.',
      es: 'Actualice el estado si la tarea está hecha, o acuerde una nueva fecha límite y anótela.',
    },
    example: {
      input: {
        en: 'A task due 2021-04-15, still In progress on 2021-05-01.',
        fr: 'Une tâche due le 2021-04-15, toujours En cours le 2021-05-01.',
        es: 'Una tarea con fecha límite 2021-04-15, todavía En curso el 2021-05-01.',
      },
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
