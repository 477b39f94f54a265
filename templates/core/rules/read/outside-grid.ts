import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.outside-grid',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: "Reference outside Excel's grid",
    fr: 'Référence hors de la grille d’Excel',
    es: 'Referencia fuera de la cuadrícula de Excel',
  },
  messages: {
    en: text(
      'refused: sheet "{sheet}" refers to "{ref}", outside Excel\'s grid of {columns} columns by {rows} rows (a ',
      'damaged file, or not written by a spreadsheet program)',
    ),
    fr:
      'refusé : la feuille « {sheet} » renvoie à « {ref} », hors de la grille d’Excel de {columns} colonnes sur ' +
      '{rows} lignes (un fichier endommagé, ou non écrit par un tableur)',
    es:
      'rechazado: la hoja «{sheet}» remite a «{ref}», fuera de la cuadrícula de Excel de {columns} columnas por ' +
      '{rows} filas (un archivo dañado, o no escrito por una hoja de cálculo)',
  },
  counts: ['columns', 'rows'],
  fields: [],
  doc: {
    checks:
      'Every cell reference, row, merged area and dimension of a sheet lies within 16,384 columns (XFD) and ' +
      '1,048,576 rows; the file is refused before anything is allocated for one that does not.',
    why:
      'No spreadsheet program writes such a reference: the file is damaged or made to exhaust memory. The file is ' +
      'not consolidated: its rows are in no table and no count.',
    fix: 'Ask for a fresh copy of the file, saved by Excel.',
    example: {
      input: 'A cell at column ZZZZZZ.',
      params: { sheet: 'Matrix', ref: 'ZZZZZZ4', columns: 16384, rows: 1048576 },
    },
  },
});
