import { sheetRule } from './context.js';
import { ROUND_TERMS, STATUS_TERMS } from '../values.js';
import { statusRows } from '../status-rows.js';

export default sheetRule({
  id: 'management-response.status-not-accepted',
  severity: 'error',
  title: {
    en: 'Status on a recommendation not accepted',
    fr: 'Statut d’une recommandation non acceptée',
    es: 'Estado de una recomendación no aceptada',
  },
  messages: {
    en: 'A "Not accept" recommendation can only be discarded or left blank, not "{status}" ({time}).',
    fr: 'Une recommandation « Non acceptée » ne peut être qu’abandonnée ou vide, pas « {status} » ({time}).',
    es: 'Una recomendación «No aceptada» solo puede estar descartada o en blanco, no «{status}» ({time}).',
  },
  terms: { status: STATUS_TERMS, time: ROUND_TERMS },
  fields: ['response', 'status_t2', 'status_t3'],
  doc: {
    checks:
      'A recommendation (or point) whose response is Not accept has no implementation status other than discarded.',
    why:
      'Nothing is implemented for what was not accepted; an open or completed status counts it in the implementation ' +
      'rate by mistake.',
    fix: 'Set the status to discarded (the suggestion) or leave it blank; if the response changed, update it.',
    example: { input: 'A Not accept recommendation marked open at Time 2.', params: { status: 'open', time: 't2' } },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      for (const row of statusRows(rec)) {
        if ((row.response ?? rec.response) !== 'Not accept') continue;
        for (const [status, field, time] of [
          [row.statusT2, 'status_t2', 't2'],
          [row.statusT3, 'status_t3', 't3'],
        ] as const)
          if (status && status !== 'discarded')
            emit({ row: row.source.row, field, value: status, suggestion: 'discarded' }, { status, time });
      }
  },
});
