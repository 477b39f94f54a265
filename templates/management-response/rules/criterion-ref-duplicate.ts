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
    checks:
      'Each evaluation reference is used by one recommendation; every recommendation after the first that uses it ' +
      'is reported.',
    why:
      'Two recommendations on one reference usually means one reference was copied down by mistake: one ' +
      'recommendation is then tied to the wrong finding.',
    fix: 'Correct the reference of the recommendations named, from the evaluation report.',
    example: { input: 'References 5.1 on recommendations 2 and 3.', params: { ref: '5.1', recs: '2, 3' } },
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
