import { sheetRule } from './context.js';
import { text } from '../../core/rule.js';

export default sheetRule({
  id: 'management-response.pillar-range',
  severity: 'error',
  title: {
    en: 'Pillar disagrees with the number',
    fr: 'Pilier en désaccord avec le numéro',
    es: 'Pilar en desacuerdo con el número',
  },
  messages: {
    en: text(
      'Recommendation {rec} is in pillar {pillar}, but pillar {expected} ({expectedName}) covers recommendations ',
      '{from}–{to}.',
    ),
    fr:
      'La recommandation {rec} est dans le pilier {pillar}, mais le pilier {expected} ({expectedName}) couvre les ' +
      'recommandations {from}–{to}.',
    es:
      'La recomendación {rec} está en el pilar {pillar}, pero el pilar {expected} ({expectedName}) cubre las ' +
      'recomendaciones {from}–{to}.',
  },
  labels: { expectedName: 'name' },
  fields: ['pillar', 'rec_no'],
  doc: {
    checks: 'The stated pillar of a recommendation is the pillar whose range holds its number.',
    why:
      'The by-pillar tables follow the ranges; a recommendation filed under another pillar is reported by one office ' +
      'under a pillar the evaluation does not give it.',
    fix: 'Correct the pillar (the suggestion), or the number if it was mistyped.',
    example: {
      input: 'Recommendation 3 stated in pillar 2 where pillar 1 covers 1–18.',
      params: {
        rec: 3,
        pillar: 2,
        expected: 1,
        expectedName: 'Leadership and Organizational Culture',
        from: 1,
        to: 18,
      },
    },
  },
  check({ recs, settings }, emit) {
    for (const { recNo, main } of recs) {
      if (!main.pillarText) continue;
      const stated = settings.pillars.find((p) => p.number === main.pillar);
      const expected = settings.pillars.find((p) => p.from !== undefined && recNo >= p.from && recNo <= p.to!);
      if (!stated || !expected || stated.number === expected.number) continue;
      emit(
        { row: main.source.row, field: 'pillar', value: main.pillarText, suggestion: String(expected.number) },
        {
          rec: recNo,
          pillar: stated.number,
          expected: expected.number,
          expectedName: expected.name,
          from: expected.from!,
          to: expected.to!,
        },
      );
    }
  },
});
