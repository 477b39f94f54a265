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
    checks: {
      en: 'A total written in the sheet is the sum of the six ratings (eTools computes it, never takes it typed).',
      fr:
        'Un total écrit dans la feuille est la somme des six notes (eTools le calcule, il ne le prend jamais ' +
        'saisi).',
      es:
        'Un total escrito en la hoja es la suma de las seis calificaciones (eTools lo calcula, nunca lo toma ' +
        'escrito).',
    },
    why: {
      en: 'The risk follows the total: a wrong sum can put a partner in the wrong risk level.',
      fr: 'Le risque suit le total : une somme fausse peut mettre un partenaire au mauvais niveau de risque.',
      es: 'El riesgo sigue al total: una suma errónea puede poner a un socio en un nivel de riesgo equivocado.',
    },
    fix: {
      en: 'Correct the total, or the rating that was mistyped.',
      fr: 'Corrigez le total, ou la note mal saisie.',
      es: 'Corrija el total, o la calificación mal escrita.',
    },
    example: {
      input: {
        en: 'Ratings adding up to 13 with "15" as total.',
        fr: 'Des notes dont la somme fait 13 avec « 15 » comme total.',
        es: 'Calificaciones que suman 13 con «15» como total.',
      },
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
