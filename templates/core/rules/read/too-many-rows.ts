import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.too-many-rows',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'File over the row limit',
    fr: 'Fichier au-delà de la limite de lignes',
    es: 'Archivo por encima del límite de filas',
  },
  messages: {
    en: text(
      'more than {limit} rows hold values (the limit was reached in sheet "{sheet}"), the limit per file that ',
      'protects memory; if the file is genuine, raise it with {variable}=<rows>',
    ),
    fr:
      'plus de {limit} lignes contiennent des valeurs (limite atteinte dans la feuille « {sheet} »), la limite par ' +
      'fichier qui protège la mémoire ; si le fichier est authentique, augmentez-la avec {variable}=<lignes>',
    es:
      'más de {limit} filas contienen valores (límite alcanzado en la hoja «{sheet}»), el límite por archivo que ' +
      'protege la memoria; si el archivo es auténtico, auméntelo con {variable}=<filas>',
  },
  counts: ['limit'],
  fields: [],
  doc: {
    checks:
      'A workbook (a CSV too), all its sheets together, holds values on no more rows than the limit (200,000 by ' +
      'default, PSEA_MAX_ROWS), counted while it is read; rows a merged area fills count too.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the sheet has no stray values far down; if it is genuine, raise the limit with the variable named.',
    example: {
      input: 'A sheet with a value typed in row 1,000,000.',
      params: { sheet: 'Matrix', limit: 200000, variable: 'PSEA_MAX_ROWS' },
    },
  },
});
