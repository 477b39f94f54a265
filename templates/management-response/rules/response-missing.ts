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
    checks: {
      en: 'Every recommendation has a management response, on its own row or on the rows of its points.',
      fr: 'Chaque recommandation a une réponse de la direction, sur sa propre ligne ou sur les lignes de ses points.',
      es: 'Cada recomendación tiene una respuesta de la gerencia, en su propia fila o en las filas de sus puntos.',
    },
    why: {
      en:
        'A recommendation without a response is counted in no acceptance category: the table no longer adds ' +
        'up to the number of recommendations.',
      fr:
        'Une recommandation sans réponse n’est comptée dans aucune catégorie d’acceptation : le tableau ne ' +
        'totalise plus le nombre de recommandations.',
      es:
        'Una recomendación sin respuesta no se cuenta en ninguna categoría de aceptación: la tabla ya no ' +
        'suma el número de recomendaciones.',
    },
    fix: {
      en: 'Give the response (Accept, Partially accept, Not accept, or n/a).',
      fr: 'Donnez la réponse (Acceptée, Partiellement acceptée, Non acceptée, ou sans objet).',
      es: 'Dé la respuesta (Aceptada, Parcialmente aceptada, No aceptada, o no aplica).',
    },
    example: {
      input: {
        en: 'Recommendation 7 with an empty response cell.',
        fr: 'La recommandation 7 avec une cellule de réponse vide.',
        es: 'La recomendación 7 con la celda de respuesta vacía.',
      },
      params: { rec: 7 },
    },
  },
  check({ recs }, emit) {
    for (const rec of recs)
      if (rec.response === undefined && rec.rows.every((r) => !r.responseText))
        emit({ row: rec.main.source.row, field: 'response' }, { rec: rec.recNo });
  },
});
