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
    checks: {
      en:
        "The evaluation reference has the form N.M, where N is the digit of one of the evaluation's criteria " +
        '(4.12: criterion 4, finding 12).',
      fr:
        'La référence de l’évaluation a la forme N.M, où N est le chiffre de l’un des critères de ' +
        'l’évaluation (4.12 : critère 4, constat 12).',
      es:
        'La referencia de la evaluación tiene la forma N.M, donde N es el dígito de uno de los criterios de ' +
        'la evaluación (4.12: criterio 4, hallazgo 12).',
    },
    why: {
      en:
        "The reference ties a recommendation to the evaluation's finding and its criterion; a malformed one " +
        'leaves the recommendation out of the by-criterion table.',
      fr:
        'La référence relie une recommandation au constat de l’évaluation et à son critère ; mal formée, ' +
        'elle laisse la recommandation hors du tableau par critère.',
      es:
        'La referencia une una recomendación con el hallazgo de la evaluación y su criterio; mal formada, ' +
        'deja la recomendación fuera de la tabla por criterio.',
    },
    fix: {
      en: 'Copy the reference from the evaluation report (for example 4.12).',
      fr: 'Copiez la référence depuis le rapport d’évaluation (par exemple 4.12).',
      es: 'Copie la referencia del informe de evaluación (por ejemplo 4.12).',
    },
    example: {
      input: {
        en: 'Evaluation ref. typed "9".',
        fr: '« Réf. de l’évaluation » saisie « 9 ».',
        es: '«Ref. de la evaluación» escrita «9».',
      },
      params: { value: '9' },
    },
  },
  check({ recs, criteria }, emit) {
    for (const { main } of recs) {
      const ref = main.criterionRef;
      if (ref && !criteria.isRef(ref))
        emit({ row: main.source.row, field: 'criterion_ref', value: ref }, { value: ref });
    }
  },
});
