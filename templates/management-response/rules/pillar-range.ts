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
    checks: {
      en: 'The stated pillar of a recommendation is the pillar whose range holds its number.',
      fr: 'Le pilier indiqué d’une recommandation est le pilier dont la plage contient son numéro.',
      es: 'El pilar indicado de una recomendación es el pilar cuyo rango contiene su número.',
    },
    why: {
      en:
        'The by-pillar tables follow the ranges; a recommendation filed under another pillar is reported by ' +
        'one office under a pillar the evaluation does not give it.',
      fr:
        'Les tableaux par pilier suivent les plages ; une recommandation rangée sous un autre pilier est ' +
        'rapportée par un bureau sous un pilier que l’évaluation ne lui donne pas.',
      es:
        'Las tablas por pilar siguen los rangos; una recomendación archivada bajo otro pilar la informa una ' +
        'oficina bajo un pilar que la evaluación no le asigna.',
    },
    fix: {
      en: 'Correct the pillar (the suggestion), or the number if it was mistyped.',
      fr: 'Corrigez le pilier (la suggestion), ou le numéro s’il a été mal saisi.',
      es: 'Corrija el pilar (la sugerencia), o el número si se escribió mal.',
    },
    example: {
      input: {
        en: 'Recommendation 3 stated in pillar 2 where pillar 1 covers 1–18.',
        fr: 'La recommandation 3 indiquée au pilier 2 alors que le pilier 1 couvre 1–18.',
        es: 'La recomendación 3 indicada en el pilar 2 cuando el pilar 1 cubre 1–18.',
      },
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
