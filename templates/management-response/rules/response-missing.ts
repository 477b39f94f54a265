import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.response-missing',
  severity: 'error',
  title: { en: 'No management response', fr: 'Pas de réponse de la direction', es: 'Sin respuesta de la gerencia' },
  messages: {
    en: 'Recommendation {rec} has no management response.',
    fr: 'La recommandation {rec} n’a pas de réponse de la direction.',
    es: 'La recomendación {rec} no tiene respuesta de la gerencia.',
  },
  fields: ['response'],
  doc: {
    checks: 'Every recommendation has a management response, on its own row or on the rows of its points.',
    why:
      'A recommendation without a response is counted in no acceptance category: the table no longer adds up to the ' +
      'number of recommendations.',
    fix: 'Give the response (Accept, Partially accept, Not accept, or n/a).',
    example: { input: 'Recommendation 7 with an empty response cell.', params: { rec: 7 } },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      if (rec.response === undefined && rec.rows.every((r) => !r.responseText))
        emit({ row: rec.main.source.row, field: 'response' }, { rec: rec.recNo });
  },
});
