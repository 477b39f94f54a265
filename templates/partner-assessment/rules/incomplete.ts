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
    checks: {
      en:
        'Every core standard of the assessment has a rating. As in eTools (Assessment.answers_complete and ' +
        'rating), an assessment with a standard unrated has no overall rating and no risk.',
      fr:
        'Chaque norme fondamentale de l’évaluation a une note. Comme dans eTools ' +
        '(Assessment.answers_complete et rating), une évaluation dont une norme n’est pas notée n’a ni note ' +
        'globale ni risque.',
      es:
        'Cada norma básica de la evaluación tiene calificación. Como en eTools (Assessment.answers_complete ' +
        'y rating), una evaluación con una norma sin calificar no tiene calificación global ni riesgo.',
    },
    why: {
      en:
        'A total over five standards is not a score: eTools gives none, so the partner is counted as "not ' +
        'rated" rather than under a risk level it may not have.',
      fr:
        'Un total sur cinq normes n’est pas un score : eTools n’en donne pas, et le partenaire est compté « ' +
        'non noté » plutôt que sous un niveau de risque qu’il n’a peut-être pas.',
      es:
        'Un total sobre cinco normas no es una puntuación: eTools no da ninguna, así que el socio se cuenta ' +
        'como «sin calificar» y no bajo un nivel de riesgo que quizá no tenga.',
    },
    fix: {
      en: 'Rate the missing core standards (1, 2 or 3).',
      fr: 'Notez les normes fondamentales manquantes (1, 2 ou 3).',
      es: 'Califique las normas básicas que faltan (1, 2 o 3).',
    },
    example: {
      input: {
        en: 'Riverbank Education Trust has no CS6 row.',
        fr: 'Riverbank Education Trust n’a pas de ligne CS6.',
        es: 'Riverbank Education Trust no tiene fila CS6.',
      },
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
