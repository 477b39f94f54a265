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
    checks:
      'When a recommendation answered point by point also states a response on its own row, that response is the ' +
      'roll-up of its points: all Accept → Accept, all Not accept → Not accept, any mix → Partially accept (n/a ' +
      'points are left out).',
    why:
      'The tables count the roll-up; a stated response that disagrees means the sheet shows one answer and the ' +
      'figures another.',
    fix: "Correct the recommendation's response (the suggestion), or the points' responses.",
    example: {
      input: 'Recommendation 4 stated Accept, with point a Accept and point b Not accept.',
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
