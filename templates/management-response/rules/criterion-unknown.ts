import { sheetRule } from './context.js';
import { didYouMean } from '../../core/text.js';

export default sheetRule({
  id: 'management-response.criterion-unknown',
  severity: 'warning',
  title: { en: 'Unknown criterion', fr: 'Critère inconnu', es: 'Criterio desconocido' },
  messages: {
    en: 'Criterion "{value}" is not one of the evaluation criteria.',
    fr: 'Le critère « {value} » ne fait pas partie des critères d’évaluation.',
    es: 'El criterio «{value}» no es uno de los criterios de evaluación.',
  },
  fields: ['criterion'],
  doc: {
    checks:
      "The criterion label is the name (or an accepted translation) of one of the evaluation's criteria; a near " +
      'miss gets the nearest name.',
    why: 'An unknown label cannot be checked against the reference, so a mislabelled recommendation goes unnoticed.',
    fix: "Use the criterion's name (the suggestion), or declare the criterion on the Settings sheet.",
    example: { input: 'Criterion typed "Internal coherense".', params: { value: 'Internal coherense' } },
  },
  check({ recs, settings, criteria, criteriaInferred }, emit) {
    // Criteria read from the labels know every label they kept; the others are criterion-label findings.
    if (criteriaInferred || !settings.criteria.length) return;
    const names = settings.criteria.map((c) => c.name);
    for (const { main } of recs) {
      const label = main.criterionLabel;
      if (!label || criteria.label(label)) continue;
      const suggestion = didYouMean(label, names);
      emit(
        { row: main.source.row, field: 'criterion', value: label, ...(suggestion ? { suggestion } : {}) },
        { value: label },
      );
    }
  },
});
