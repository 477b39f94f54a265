import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.criterion-ref-invalid',
  severity: 'error',
  title: {
    en: 'Evaluation reference malformed',
    fr: 'Référence de l’évaluation mal formée',
    es: 'Referencia de la evaluación mal formada',
  },
  messages: {
    en: 'Evaluation reference "{value}" is not of the form N.M with N a criterion digit.',
    fr: 'La référence « {value} » n’a pas la forme N.M avec N le chiffre d’un critère.',
    es: 'La referencia «{value}» no tiene la forma N.M con N el dígito de un criterio.',
  },
  fields: ['criterion_ref'],
  doc: {
    checks:
      "The evaluation reference has the form N.M, where N is the digit of one of the evaluation's criteria (4.12: " +
      'criterion 4, finding 12).',
    why:
      "The reference ties a recommendation to the evaluation's finding and its criterion; a malformed one leaves the " +
      'recommendation out of the by-criterion table.',
    fix: 'Copy the reference from the evaluation report (for example 4.12).',
    example: { input: 'Evaluation ref. typed "9".', params: { value: '9' } },
  },
  check({ recs, criteria }, emit) {
    for (const { main } of recs) {
      const ref = main.criterionRef;
      if (ref && !criteria.isRef(ref))
        emit({ row: main.source.row, field: 'criterion_ref', value: ref }, { value: ref });
    }
  },
});
