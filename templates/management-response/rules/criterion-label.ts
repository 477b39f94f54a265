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
    checks: {
      en:
        'The criterion label of a recommendation is the criterion its evaluation reference names by its ' +
        'first digit (6.2 is criterion 6).',
      fr:
        'Le libellé du critère d’une recommandation est le critère que désigne le premier chiffre de sa ' +
        'référence de l’évaluation (6.2 est le critère 6).',
      es:
        'La etiqueta del criterio de una recomendación es el criterio que nombra el primer dígito de su ' +
        'referencia de la evaluación (6.2 es el criterio 6).',
    },
    why: {
      en:
        'The by-criterion table counts by reference; a label that says otherwise means the sheet and the ' +
        'tables tell the reader two different things.',
      fr:
        'Le tableau par critère compte par référence ; un libellé qui dit autre chose signifie que la ' +
        'feuille et les tableaux disent deux choses différentes au lecteur.',
      es:
        'La tabla por criterio cuenta por referencia; una etiqueta que dice otra cosa significa que la hoja ' +
        'y las tablas dicen dos cosas distintas al lector.',
    },
    fix: {
      en: 'Correct the label (the suggestion) or, if the label is right, the reference.',
      fr: 'Corrigez le libellé (la suggestion) ou, si le libellé est juste, la référence.',
      es: 'Corrija la etiqueta (la sugerencia) o, si la etiqueta es correcta, la referencia.',
    },
    example: {
      input: {
        en: 'Reference 6.2 labelled "Efficiency", where 6 is Impact.',
        fr: 'La référence 6.2 libellée « Efficiency », alors que 6 est Impact.',
        es: 'La referencia 6.2 etiquetada «Efficiency», cuando 6 es Impact.',
      },
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
