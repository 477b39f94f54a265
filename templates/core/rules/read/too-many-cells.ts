import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.too-many-cells',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'File over the cell limit',
    fr: 'Fichier au-delà de la limite de cellules',
    es: 'Archivo por encima del límite de celdas',
  },
  messages: {
    en: text(
      'more than {limit} filled cells (the limit was reached in sheet "{sheet}"), the limit per file that protects ',
      'memory; if the file is genuine, raise it with {variable}=<cells>',
    ),
    fr:
      'plus de {limit} cellules remplies (limite atteinte dans la feuille « {sheet} »), la limite par fichier qui ' +
      'protège la mémoire ; si le fichier est authentique, augmentez-la avec {variable}=<cellules>',
    es:
      'más de {limit} celdas llenas (límite alcanzado en la hoja «{sheet}»), el límite por archivo que protege la ' +
      'memoria; si el archivo es auténtico, auméntelo con {variable}=<celdas>',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks:
      'A workbook, all its sheets together, holds no more filled cells than the limit (10,000,000 by default, ' +
      'PSEA_MAX_CELLS); the cells a merged area fills count, before they are filled.',
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
