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
    checks: {
      en:
        'A recommendation (or point) whose response is Not accept has no implementation status other than no ' +
        'longer applicable, in any round.',
      fr:
        'Une recommandation (ou un point) dont la réponse est Non acceptée n’a pas d’autre statut de mise en ' +
        'œuvre que sans objet, à aucun cycle.',
      es:
        'Una recomendación (o un punto) cuya respuesta es No aceptada no tiene otro estado de implementación ' +
        'que ya no aplicable, en ninguna ronda.',
    },
    why: {
      en:
        'Nothing is implemented for what was not accepted; another status counts it in the implementation ' +
        'rate by mistake.',
      fr:
        'Rien n’est mis en œuvre pour ce qui n’a pas été accepté ; un autre statut la compte par erreur dans ' +
        'le taux de mise en œuvre.',
      es:
        'No se implementa nada de lo que no se aceptó; otro estado la cuenta por error en la tasa de ' +
        'implementación.',
    },
    fix: {
      en:
        'Set the status to no longer applicable (the suggestion) or leave it blank; if the response changed, ' +
        'update it.',
      fr:
        'Mettez le statut à sans objet (la suggestion) ou laissez-le vide ; si la réponse a changé, ' +
        'mettez-la à jour.',
      es:
        'Ponga el estado en ya no aplicable (la sugerencia) o déjelo en blanco; si la respuesta cambió, ' +
        'actualícela.',
    },
    example: {
      input: {
        en: 'A Not accept recommendation marked open at Time 2.',
        fr: 'Une recommandation Non acceptée marquée en cours au Temps 2.',
        es: 'Una recomendación No aceptada marcada en curso en el Tiempo 2.',
      },
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
