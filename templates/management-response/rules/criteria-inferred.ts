import { sheetRule } from './context.js';

export default sheetRule({
  id: 'management-response.criteria-inferred',
  severity: 'info',
  title: {
    en: 'Criteria read from the labels',
    fr: 'Critères lus dans les libellés',
    es: 'Criterios leídos en las etiquetas',
  },
  messages: {
    en: 'No settings or declared table name the criteria: read from the labels, one per reference digit: {criteria}.',
    fr:
      'Aucun paramètre ni tableau déclaré ne nomme les critères : lus dans les libellés, un par chiffre de ' +
      'référence : {criteria}.',
    es:
      'Ninguna configuración ni tabla declarada nombra los criterios: leídos en las etiquetas, uno por dígito de ' +
      'referencia: {criteria}.',
  },
  fields: ['criterion', 'criterion_ref'],
  doc: {
    checks:
      'When neither the settings nor a table of the workbook (like "4 Effectiveness 4.1 – 4.16") name the ' +
      'criteria, each reference digit takes the label most of its recommendations carry, one label per digit. When ' +
      'some rows disagree with that reading (they are criterion-label findings), this finding lists what was read.',
    why: 'The by-criterion table is named from this reading: the reader should see it, and correct it if need be.',
    fix: 'If a digit is named wrongly, declare the criteria on the Settings sheet (criterion | 4 | Effectiveness).',
    example: {
      input: 'A matrix whose 6.x references are labelled Impact once and Efficiency four times.',
      params: { criteria: '1 Relevance, 5 Efficiency, 6 Impact' },
    },
  },
  check({ criteriaInferred, settings, recs, criteria }, emit) {
    if (!criteriaInferred) return;
    // Said when the reading decides something: a label that disagrees with the criterion its digit was given.
    const disagreeing = recs.some(({ main }) => {
      const byDigit = main.criterionRef ? criteria.digit(main.criterionRef) : undefined;
      return byDigit !== undefined && !!main.criterionLabel && criteria.label(main.criterionLabel) !== byDigit;
    });
    if (!disagreeing) return;
    emit({ field: 'criterion' }, { criteria: settings.criteria.map((c) => `${c.digit} ${c.name}`).join(', ') });
  },
});
