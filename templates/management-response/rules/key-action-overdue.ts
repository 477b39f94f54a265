import { sheetRule } from './context.js';
import { STATUS_TERMS } from '../values.js';
import { daysOverdue } from '../key-actions/records.js';

export default sheetRule({
  id: 'management-response.key-action-overdue',
  severity: 'warning',
  title: { en: 'Key action overdue', fr: 'Action clé en retard', es: 'Acción clave vencida' },
  messages: {
    en: 'Key action {no} was due {due} ({date}) and is {status} on {asOf}: {days} {days:day|days} overdue.',
    fr: 'L’action clé {no} était due {due} ({date}) et est {status} le {asOf} : {days} {days:jour|jours} de retard.',
    es: 'La acción clave {no} vencía {due} ({date}) y está {status} el {asOf}: {days} {days:día|días} de retraso.',
  },
  terms: {
    status: {
      ...STATUS_TERMS,
      none: { en: 'not reported completed', fr: 'non déclarée achevée', es: 'no declarada completada' },
    },
  },
  counts: ['days'],
  fields: ['due', 'status', 'status_t2', 'status_t3', 'status_round'],
  doc: {
    checks:
      'A key action whose due date (the last day of its month or quarter when that is what is written) is before ' +
      'the run date (--as-of, default today), on a sheet that reports statuses, is completed or no longer ' +
      'applicable by its latest status; "Overdue-Initiated" is reported the same way, from its date.',
    why: 'Overdue actions are what management reviews ask about first; a list with the days makes the follow-up.',
    fix: 'Update the status if the action was completed, or agree a new due date and record why it moved.',
    example: {
      input: 'Key action 2.2 due 2025/06, still "Initiated" on 2026-11-23.',
      params: { no: '2.2', due: '2025/06', date: '2025-06-30', status: 'in progress', asOf: '2026-11-23', days: 511 },
    },
  },
  check({ keyActions, rounds, asOf }, emit) {
    if (!rounds.some((r) => r.status)) return;
    for (const action of keyActions) {
      const days = daysOverdue(action, asOf);
      if (days === undefined || action.due?.kind !== 'date') continue;
      emit(
        { row: action.source.row, field: 'due', value: action.due.text },
        { no: action.no, due: action.due.text, date: action.due.iso, status: action.status ?? 'none', asOf, days },
      );
    }
  },
});
