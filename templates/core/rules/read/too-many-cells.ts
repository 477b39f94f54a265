import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.too-many-cells',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Sheet over the cell limit',
    fr: 'Feuille au-delà de la limite de cellules',
    es: 'Hoja por encima del límite de celdas',
  },
  messages: {
    en: text(
      'sheet "{sheet}" has more than {limit} filled cells, the limit that protects memory; if the file is genuine, ',
      'raise it with {variable}=<cells>',
    ),
    fr:
      'la feuille « {sheet} » a plus de {limit} cellules remplies, la limite qui protège la mémoire ; si le fichier ' +
      'est authentique, augmentez-la avec {variable}=<cellules>',
    es:
      'la hoja «{sheet}» tiene más de {limit} celdas llenas, el límite que protege la memoria; si el archivo es ' +
      'auténtico, auméntelo con {variable}=<celdas>',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks: 'No sheet holds more filled cells than the limit (10,000,000 by default, PSEA_MAX_CELLS).',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix:
      'Check for a block of values pasted far to the right or down; if it is genuine, raise the limit with the ' +
      'variable named.',
    example: {
      input: 'A sheet with a formula filled down a whole column.',
      params: { sheet: 'Matrix', limit: 10000000, variable: 'PSEA_MAX_CELLS' },
    },
  },
});
