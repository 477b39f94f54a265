import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.criterion-label',
  severity: 'error',
  title: {
    en: 'Criterion label disagrees with its reference',
    fr: 'Critère en désaccord avec sa référence',
    es: 'Criterio en desacuerdo con su referencia',
  },
  messages: {
    en: 'Criterion "{value}" disagrees with reference {ref}: its first digit {digit} means {expected}.',
    fr: 'Le critère « {value} » ne correspond pas à la référence {ref} : le chiffre {digit} désigne {expected}.',
    es: 'El criterio «{value}» no concuerda con la referencia {ref}: el dígito {digit} significa {expected}.',
  },
  labels: { expected: 'name' },
  fields: ['criterion', 'criterion_ref'],
  doc: {
    checks:
      'The criterion label of a recommendation is the criterion its evaluation reference names by its first digit ' +
      '(6.2 is criterion 6).',
    why:
      'The by-criterion table counts by reference; a label that says otherwise means the sheet and the tables tell ' +
      'the reader two different things.',
    fix: 'Correct the label (the suggestion) or, if the label is right, the reference.',
    example: {
      input: 'Reference 6.2 labelled "Efficiency", where 6 is Impact.',
      params: { value: 'Efficiency', ref: '6.2', digit: 6, expected: 'Impact' },
    },
  },
  check({ recs, criteria, criteriaInferred }, emit) {
    for (const { main } of recs) {
      const byDigit = main.criterionRef ? criteria.digit(main.criterionRef) : undefined;
      const byLabel = main.criterionLabel ? criteria.label(main.criterionLabel) : undefined;
      // Read from the labels, a digit's criterion is the label most of its rows carry: any other label disagrees.
      const disagrees = criteriaInferred
        ? !!main.criterionLabel && byLabel !== byDigit
        : byLabel?.digit !== byDigit?.digit;
      if (!byDigit || (!criteriaInferred && !byLabel) || !disagrees) continue;
      emit(
        { row: main.source.row, field: 'criterion', value: main.criterionLabel, suggestion: byDigit.name },
        { value: main.criterionLabel, ref: main.criterionRef, digit: byDigit.digit, expected: byDigit.name },
      );
    }
  },
});
