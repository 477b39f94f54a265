import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.criterion-ref-duplicate',
  severity: 'error',
  title: {
    en: 'Evaluation reference used twice',
    fr: 'Référence de l’évaluation utilisée deux fois',
    es: 'Referencia de la evaluación usada dos veces',
  },
  messages: {
    en: 'Evaluation reference {ref} is used by recommendations {recs}; each reference should be used once.',
    fr: 'La référence {ref} est utilisée par les recommandations {recs} ; chaque référence ne doit servir qu’une fois.',
    es: 'La referencia {ref} la usan las recomendaciones {recs}; cada referencia debe usarse una vez.',
  },
  fields: ['criterion_ref'],
  doc: {
    checks: {
      en:
        'Each evaluation reference is used by one recommendation; every recommendation after the first that ' +
        'uses it is reported.',
      fr:
        'Chaque référence de l’évaluation sert à une seule recommandation ; chaque recommandation qui ' +
        'l’utilise après la première est signalée.',
      es:
        'Cada referencia de la evaluación la usa una sola recomendación; se señala cada recomendación que la ' +
        'usa después de la primera.',
    },
    why: {
      en:
        'Two recommendations on one reference usually means one reference was copied down by mistake: one ' +
        'recommendation is then tied to the wrong finding.',
      fr:
        'Deux recommandations sur une même référence signifient le plus souvent qu’une référence a été ' +
        'recopiée par erreur : une recommandation est alors rattachée au mauvais constat.',
      es:
        'Dos recomendaciones con una misma referencia suelen significar que una referencia se copió por ' +
        'error: una recomendación queda entonces unida al hallazgo equivocado.',
    },
    fix: {
      en: 'Correct the reference of the recommendations named, from the evaluation report.',
      fr: 'Corrigez la référence des recommandations nommées, d’après le rapport d’évaluation.',
      es: 'Corrija la referencia de las recomendaciones nombradas, según el informe de evaluación.',
    },
    example: {
      input: {
        en: 'References 5.1 on recommendations 2 and 3.',
        fr: 'La référence 5.1 sur les recommandations 2 et 3.',
        es: 'La referencia 5.1 en las recomendaciones 2 y 3.',
      },
      params: { ref: '5.1', recs: '2, 3' },
    },
  },
  check({ recs, criteria }, emit) {
    const users = new Map<string, typeof recs>();
    for (const rec of recs) {
      const ref = rec.main.criterionRef;
      if (!ref || !criteria.isRef(ref)) continue;
      const list = users.get(ref);
      if (list) list.push(rec);
      else users.set(ref, [rec]);
    }
    for (const [ref, list] of users) {
      const numbers = list.map((r) => r.recNo).join(', ');
      for (const rec of list.slice(1))
        emit({ row: rec.main.source.row, field: 'criterion_ref', value: ref }, { ref, recs: numbers });
    }
  },
});
