import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en:
        'A workbook (a CSV too), all its sheets together, holds values on no more rows than the limit ' +
        '(200,000 by default, PSEA_MAX_ROWS), counted while it is read; rows a merged area fills count too.',
      fr:
        'Un classeur (un CSV aussi), toutes feuilles confondues, ne contient de valeurs que sur un nombre de ' +
        'lignes inférieur à la limite (200 000 par défaut, PSEA_MAX_ROWS), comptées pendant la lecture ; les ' +
        'lignes qu’une zone fusionnée remplit comptent aussi.',
      es:
        'Un libro (también un CSV), todas sus hojas juntas, no contiene valores en más filas que el límite ' +
        '(200.000 por defecto, PSEA_MAX_ROWS), contadas mientras se lee; las filas que llena un área ' +
        'combinada también cuentan.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Check the sheet has no stray values far down; if it is genuine, raise the limit with the variable named.',
      fr:
        'Vérifiez que la feuille n’a pas de valeurs égarées tout en bas ; si elle est authentique, augmentez ' +
        'la limite avec la variable nommée.',
      es:
        'Compruebe que la hoja no tiene valores sueltos muy abajo; si es auténtica, aumente el límite con la ' +
        'variable nombrada.',
    },
    example: {
      input: {
        en: 'A sheet with a value typed in row 1,000,000.',
        fr: 'Une feuille avec une valeur saisie en ligne 1 000 000.',
        es: 'Una hoja con un valor escrito en la fila 1.000.000.',
      },
      params: { sheet: 'Matrix', limit: 200000, variable: 'PSEA_MAX_ROWS' },
    },
  },
});
