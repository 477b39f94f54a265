import { sheetRule } from './context.js';
import { RESPONSE_TERMS } from '../values.js';

export default sheetRule({
  id: 'management-response.rollup-mismatch',
  severity: 'warning',
  title: {
    en: 'Response disagrees with its points',
    fr: 'Réponse en désaccord avec ses points',
    es: 'Respuesta en desacuerdo con sus puntos',
  },
  messages: {
    en: 'Recommendation {rec} says "{stated}", but its points ({points}) roll up to "{rolled}".',
    fr: 'La recommandation {rec} indique « {stated} », mais ses points ({points}) donnent « {rolled} ».',
    es: 'La recomendación {rec} indica «{stated}», pero sus puntos ({points}) dan «{rolled}».',
  },
  terms: { stated: RESPONSE_TERMS, rolled: RESPONSE_TERMS },
  fields: ['response', 'point'],
  doc: {
    checks: {
      en:
        'When a recommendation answered point by point also states a response on its own row, that response ' +
        'is the roll-up of its points: all Accept → Accept, all Not accept → Not accept, any mix → Partially ' +
        'accept (n/a points are left out).',
      fr:
        'Quand une recommandation à laquelle on répond point par point indique aussi une réponse sur sa ' +
        'propre ligne, cette réponse est le cumul de ses points : tous Acceptée → Acceptée, tous Non ' +
        'acceptée → Non acceptée, tout mélange → Partiellement acceptée (les points sans objet sont écartés).',
      es:
        'Cuando una recomendación respondida punto por punto indica también una respuesta en su propia fila, ' +
        'esa respuesta es el resultado agregado de sus puntos: todos Aceptada → Aceptada, todos No aceptada ' +
        '→ No aceptada, cualquier mezcla → Parcialmente aceptada (los puntos que no aplican se dejan fuera).',
    },
    why: {
      en:
        'The tables count the roll-up; a stated response that disagrees means the sheet shows one answer and ' +
        'the figures another.',
      fr:
        'Les tableaux comptent le cumul ; une réponse indiquée qui le contredit signifie que la feuille ' +
        'montre une réponse et les chiffres une autre.',
      es:
        'Las tablas cuentan el resultado agregado; una respuesta indicada que no coincide significa que la ' +
        'hoja muestra una respuesta y las cifras otra.',
    },
    fix: {
      en: "Correct the recommendation's response (the suggestion), or the points' responses.",
      fr: 'Corrigez la réponse de la recommandation (la suggestion), ou les réponses des points.',
      es: 'Corrija la respuesta de la recomendación (la sugerencia), o las respuestas de los puntos.',
    },
    example: {
      input: {
        en: 'Recommendation 4 stated Accept, with point a Accept and point b Not accept.',
        fr: 'La recommandation 4 indiquée Acceptée, avec le point a Acceptée et le point b Non acceptée.',
        es: 'La recomendación 4 indicada Aceptada, con el punto a Aceptada y el punto b No aceptada.',
      },
      params: { rec: 4, stated: 'Accept', points: 'a: Accept, b: Not accept', rolled: 'Partially accept' },
    },
  },
  check({ recs }, emit) {
    for (const rec of recs) {
      if (rec.statedResponse === undefined || rec.response === undefined || rec.statedResponse === rec.response)
        continue;
      const points = rec.points
        .filter((p) => p.response)
        .map((p) => `${p.point}: ${p.response}`)
        .join(', ');
      emit(
        { row: rec.main.source.row, field: 'response', value: rec.main.responseText, suggestion: rec.response },
        { rec: rec.recNo, stated: rec.statedResponse, rolled: rec.response, points },
      );
    }
  },
});
