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
    checks: {
      en:
        'When neither the settings nor a table of the workbook (like "4 Effectiveness 4.1 – 4.16") name the ' +
        'criteria, each reference digit takes the label most of its recommendations carry, one label per ' +
        'digit. When some rows disagree with that reading (they are criterion-label findings), this finding ' +
        'lists what was read.',
      fr:
        'Quand ni les paramètres ni un tableau du classeur (comme « 4 Efficacité 4.1 – 4.16 ») ne nomment ' +
        'les critères, chaque chiffre de référence prend le libellé que portent la plupart de ses ' +
        'recommandations, un libellé par chiffre. Quand des lignes contredisent cette lecture (ce sont des ' +
        'constats criterion-label), ce constat liste ce qui a été lu.',
      es:
        'Cuando ni la configuración ni una tabla del libro (como «4 Eficacia 4.1 – 4.16») nombran los ' +
        'criterios, cada dígito de referencia toma la etiqueta que lleva la mayoría de sus recomendaciones, ' +
        'una etiqueta por dígito. Cuando algunas filas contradicen esa lectura (son hallazgos ' +
        'criterion-label), este hallazgo enumera lo que se leyó.',
    },
    why: {
      en: 'The by-criterion table is named from this reading: the reader should see it, and correct it if need be.',
      fr:
        'Le tableau par critère est nommé d’après cette lecture : le lecteur doit la voir, et la corriger ' +
        's’il le faut.',
      es:
        'La tabla por criterio se nombra a partir de esta lectura: el lector debe verla, y corregirla si ' +
        'hace falta.',
    },
    fix: {
      en: 'If a digit is named wrongly, declare the criteria on the Settings sheet (criterion | 4 | Effectiveness).',
      fr: 'Si un chiffre est mal nommé, déclarez les critères sur la feuille Settings (criterion | 4 | Efficacité).',
      es: 'Si un dígito está mal nombrado, declare los criterios en la hoja Settings (criterion | 4 | Eficacia).',
    },
    example: {
      input: {
        en: 'A matrix whose 6.x references are labelled Impact once and Efficiency four times.',
        fr: 'Une matrice dont les références 6.x sont libellées Impact une fois et Efficience quatre fois.',
        es: 'Una matriz cuyas referencias 6.x están etiquetadas Impacto una vez y Eficiencia cuatro veces.',
      },
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
