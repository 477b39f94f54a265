import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.too-many-rows',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Sheet over the row limit',
    fr: 'Feuille au-delà de la limite de lignes',
    es: 'Hoja por encima del límite de filas',
  },
  messages: {
    en: text(
      'sheet "{sheet}" has more than {limit} rows, the limit that protects memory; if the file is genuine, raise it ',
      'with {variable}=<rows>',
    ),
    fr:
      'la feuille « {sheet} » a plus de {limit} lignes, la limite qui protège la mémoire ; si le fichier est ' +
      'authentique, augmentez-la avec {variable}=<lignes>',
    es:
      'la hoja «{sheet}» tiene más de {limit} filas, el límite que protege la memoria; si el archivo es auténtico, ' +
      'auméntelo con {variable}=<filas>',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks: 'No sheet holds values on more rows than the limit (200,000 by default, PSEA_MAX_ROWS).',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the sheet has no stray values far down; if it is genuine, raise the limit with the variable named.',
    example: {
      input: 'A sheet with a value typed in row 1,000,000.',
      params: { sheet: 'Matrix', limit: 200000, variable: 'PSEA_MAX_ROWS' },
    },
  },
});
