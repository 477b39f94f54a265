import { on, partnerName, sheetRule } from './context.js';

export default sheetRule({
  id: 'partner-assessment.total-mismatch',
  severity: 'error',
  title: {
    en: 'Stated total is not the sum',
    fr: 'Total indiqué différent de la somme',
    es: 'Total indicado distinto de la suma',
  },
  messages: {
    en: '{partner}: the stated total {stated} is not the sum of the six ratings, {computed}.',
    fr: '{partner} : le total indiqué {stated} n’est pas la somme des six notes, {computed}.',
    es: '{partner}: el total indicado {stated} no es la suma de las seis calificaciones, {computed}.',
  },
  fields: ['total_score', 'rating'],
  doc: {
    checks: 'A total written in the sheet is the sum of the six ratings (eTools computes it, never takes it typed).',
    why: 'The risk follows the total: a wrong sum can put a partner in the wrong risk level.',
    fix: 'Correct the total, or the rating that was mistyped.',
    example: {
      input: 'Ratings adding up to 13 with "15" as total.',
      params: { partner: 'Asociación Tierra Fértil', stated: 15, computed: 13 },
    },
  },
  check({ assessments }, emit) {
    for (const a of assessments) {
      if (a.total === undefined || !a.statedTotalText) continue;
      const stated = Number(a.statedTotalText);
      if (stated === a.total) continue;
      emit(on(a, a.cells.total, { field: 'total_score', value: a.statedTotalText, suggestion: String(a.total) }), {
        partner: partnerName(a),
        stated: a.statedTotalText,
        computed: a.total,
      });
    }
  },
});
