import { sheetRule } from './context.js';
import { isAccepted } from '../key-actions/records.js';

export default sheetRule({
  id: 'management-response.due-missing',
  severity: 'warning',
  title: { en: 'Key action without a due date', fr: 'Action clé sans échéance', es: 'Acción clave sin fecha límite' },
  messages: {
    en: 'Key action {no} of accepted recommendation {rec} has no due date.',
    fr: 'L’action clé {no} de la recommandation acceptée {rec} n’a pas d’échéance.',
    es: 'La acción clave {no} de la recomendación aceptada {rec} no tiene fecha límite.',
  },
  fields: ['due', 'response'],
  doc: {
    checks:
      'On a sheet with a due-date column, every key action of an accepted or partially accepted recommendation has a ' +
      'due date; a blank cell, "No due date" or "TBD" is reported.',
    why: 'Without a date an action can never be late: the overdue list and the follow-up miss it.',
    fix: 'Agree a due date with the responsible unit and write it.',
    example: {
      input: 'Key action 1.2 of an accepted recommendation with "No due date".',
      params: { no: '1.2', rec: 1 },
    },
  },
  check({ table, keyActions }, emit) {
    if (!('due' in table.header.fieldColumns)) return;
    const rows = new Set<number>();
    for (const action of keyActions) {
      if (!isAccepted(action.response) || (action.due && action.due.kind !== 'none')) continue;
      if (rows.has(action.source.row)) continue;
      rows.add(action.source.row);
      const at = { row: action.source.row, field: 'due' };
      emit(action.due ? { ...at, value: action.due.text } : at, { no: action.no, rec: action.recNo });
    }
  },
});
