import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.pillar-unknown',
  severity: 'error',
  title: { en: 'Unknown pillar', fr: 'Pilier inconnu', es: 'Pilar desconocido' },
  messages: {
    en: 'Pillar "{value}" is not one of the evaluation’s pillars ({known}).',
    fr: 'Le pilier « {value} » ne fait pas partie des piliers de l’évaluation ({known}).',
    es: 'El pilar «{value}» no es uno de los pilares de la evaluación ({known}).',
  },
  fields: ['pillar'],
  doc: {
    checks:
      'A stated pillar (a number, "Pillar 2", or a pillar\'s name, in a column or a section row) is one of the ' +
      "evaluation's pillars.",
    why:
      'An unknown pillar cannot be checked against the number ranges, and the by-pillar tables place the ' +
      'recommendation by its number alone.',
    fix: 'Use one of the pillar numbers or names listed, or declare the pillar on the Settings sheet.',
    example: {
      input: 'Pillar typed 9 where the evaluation has pillars 1–5.',
      params: { value: '9', known: '1, 2, 3, 4, 5' },
    },
  },
  check({ recs, settings }, emit) {
    const known = settings.pillars.map((p) => p.number).join(', ');
    for (const { main } of recs) {
      if (!main.pillarText || settings.pillars.some((p) => p.number === main.pillar)) continue;
      emit({ row: main.source.row, field: 'pillar', value: main.pillarText }, { value: main.pillarText, known });
    }
  },
});
