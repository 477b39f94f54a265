import { raisedRule, text } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

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
    checks: {
      en:
        'A workbook, all its sheets together, holds no more filled cells than the limit (10,000,000 by ' +
        'default, PSEA_MAX_CELLS); the cells a merged area fills count, before they are filled.',
      fr:
        'Un classeur, toutes feuilles confondues, ne contient pas plus de cellules remplies que la limite ' +
        '(10 000 000 par défaut, PSEA_MAX_CELLS) ; les cellules qu’une zone fusionnée remplit comptent, ' +
        'avant d’être remplies.',
      es:
        'Un libro, todas sus hojas juntas, no contiene más celdas llenas que el límite (10.000.000 por ' +
        'defecto, PSEA_MAX_CELLS); las celdas que llena un área combinada cuentan, antes de llenarse.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en:
        'Check for a block of values pasted far to the right or down; if it is genuine, raise the limit with ' +
        'the variable named.',
      fr:
        'Cherchez un bloc de valeurs collé très loin à droite ou en bas ; s’il est authentique, augmentez la ' +
        'limite avec la variable nommée.',
      es:
        'Busque un bloque de valores pegado muy a la derecha o muy abajo; si es auténtico, aumente el límite ' +
        'con la variable nombrada.',
    },
    example: {
      input: {
        en: 'A sheet with a formula filled down a whole column.',
        fr: 'Une feuille avec une formule recopiée sur toute une colonne.',
        es: 'Una hoja con una fórmula copiada en toda una columna.',
      },
      params: { sheet: 'Matrix', limit: 10000000, variable: 'PSEA_MAX_CELLS' },
    },
  },
});
