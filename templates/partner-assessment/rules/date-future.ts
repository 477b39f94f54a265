import { on, partnerName, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.date-future',
  severity: 'error',
  title: {
    en: 'Assessment dated in the future',
    fr: 'Évaluation datée dans le futur',
    es: 'Evaluación fechada en el futuro',
  },
  messages: {
    en: '{partner}: assessed on {date}, after the reference date {asOf}.',
    fr: '{partner} : évalué le {date}, après la date de référence {asOf}.',
    es: '{partner}: evaluado el {date}, después de la fecha de referencia {asOf}.',
  },
  fields: ['assessment_date'],
  doc: {
    checks:
      'An assessment date is not after the reference date (--as-of, today by default), as eTools refuses ' +
      '("Date may not be in the future").',
    why: 'A future date is a typo (often the year): it makes the assessment the partner’s latest and hides its expiry.',
    fix: 'Correct the date (often its year) to the day the assessment was made.',
    example: {
      input: 'A partner assessed on 2026-09-01, checked on 2026-06-30.',
      params: { partner: 'Mountain Aid Collective', date: '2026-09-01', asOf: '2026-06-30' },
    },
  },
  check({ assessments, asOf }, emit) {
    for (const a of assessments)
      if (a.date && a.date.iso > asOf)
        emit(on(a, a.cells.date, { field: 'assessment_date', value: a.date.iso }), {
          partner: partnerName(a),
          date: a.date.iso,
          asOf,
        });
  },
});
