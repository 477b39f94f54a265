import { sheetRule } from './context.js';
import { ROUND_TERMS, STATUS_TERMS } from '../values.js';
import { closedWord, roundTarget } from '../round-cells.js';
import { responseOf } from '../recommendations.js';

export default sheetRule({
  id: 'management-response.status-not-accepted',
  severity: 'error',
  title: {
    en: 'Status on a recommendation not accepted',
    fr: 'Statut d’une recommandation non acceptée',
    es: 'Estado de una recomendación no aceptada',
  },
  messages: {
    en: 'A "Not accept" recommendation can only be no longer applicable or left blank, not "{status}" ({time}).',
    fr: 'Une recommandation « Non acceptée » ne peut être que sans objet ou vide, pas « {status} » ({time}).',
    es: 'Una recomendación «No aceptada» solo puede estar ya no aplicable o en blanco, no «{status}» ({time}).',
  },
  terms: { status: STATUS_TERMS, time: ROUND_TERMS },
  fields: ['response', 'status_t2', 'status_t3', 'status', 'status_round'],
  doc: {
    checks:
      'A recommendation (or point) whose response is Not accept has no implementation status other than no longer ' +
      'applicable, in any round.',
    why:
      'Nothing is implemented for what was not accepted; another status counts it in the implementation rate by ' +
      'mistake.',
    fix:
      'Set the status to no longer applicable (the suggestion) or leave it blank; if the response changed, update ' +
      'it.',
    example: {
      input: 'A Not accept recommendation marked open at Time 2.',
      params: { status: 'in progress', time: 't2' },
    },
  },
  check({ table, recs, settings }, emit) {
    for (const rec of recs)
      for (const row of rec.rows) {
        if ((row.response ?? responseOf(rec, row)) !== 'Not accept') continue;
        for (const cell of row.rounds) {
          const status = cell.status?.value;
          if (!status || status === 'no longer applicable' || !cell.statusAt) continue;
          const at = roundTarget(table, cell.statusAt, row.source.row);
          emit({ ...at, value: cell.status!.text, suggestion: closedWord(settings) }, { status, time: cell.round });
        }
      }
  },
});
