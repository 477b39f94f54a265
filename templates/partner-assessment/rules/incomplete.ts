import { on, partnerName, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.incomplete',
  severity: 'warning',
  title: { en: 'Assessment not complete', fr: 'Évaluation incomplète', es: 'Evaluación incompleta' },
  messages: {
    en: '{partner} ({date}): {missing} not rated, so no total and no risk can be given (as in eTools).',
    fr: '{partner} ({date}) : pas de note pour {missing} ; ni total ni risque ne peuvent être donnés (comme eTools).',
    es: '{partner} ({date}): {missing} sin calificar; no puede darse total ni riesgo (como en eTools).',
  },
  fields: ['standard', 'rating'],
  doc: {
    checks:
      'Every core standard of the assessment has a rating. As in eTools (Assessment.answers_complete and rating), ' +
      'an assessment with a standard unrated has no overall rating and no risk.',
    why:
      'A total over five standards is not a score: eTools gives none, so the partner is counted as "not rated" ' +
      'rather than under a risk level it may not have.',
    fix: 'Rate the missing core standards (1, 2 or 3).',
    example: {
      input: 'Riverbank Education Trust has no CS6 row.',
      params: { partner: 'Riverbank Education Trust', date: '2026-01-28', missing: 'CS-6' },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      if (!a.missing.length) continue;
      const blank = a.answers.find((x) => x.standard && a.missing.includes(x.standard.id) && x.cells.rating);
      emit(on(a, blank?.cells.rating), {
        partner: partnerName(a),
        date: a.date?.iso ?? '—',
        missing: a.missing.join(', '),
      });
    }
  },
});
