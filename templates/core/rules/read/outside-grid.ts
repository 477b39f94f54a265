import { raisedRule, text } from '../../rule.js';
import { FRESH_COPY } from '../../doc-texts.js';

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
    checks: {
      en:
        'Every cell reference, row, merged area and dimension of a sheet lies within 16,384 columns (XFD) ' +
        'and 1,048,576 rows; the file is refused before anything is allocated for one that does not.',
      fr:
        'Chaque référence de cellule, ligne, zone fusionnée et dimension d’une feuille tient dans 16 384 ' +
        'colonnes (XFD) et 1 048 576 lignes ; un fichier qui en sort est refusé avant toute allocation.',
      es:
        'Cada referencia de celda, fila, área combinada y dimensión de una hoja cabe en 16.384 columnas ' +
        '(XFD) y 1.048.576 filas; un archivo que se sale se rechaza antes de reservar nada.',
    },
    why: {
      en:
        'No spreadsheet program writes such a reference: the file is damaged or made to exhaust memory. The ' +
        'file is not consolidated: its rows are in no table and no count.',
      fr:
        'Aucun tableur n’écrit une telle référence : le fichier est endommagé ou fait pour épuiser la ' +
        'mémoire. Le fichier n’est pas consolidé : ses lignes ne sont dans aucun tableau ni aucun compte.',
      es:
        'Ninguna hoja de cálculo escribe una referencia así: el archivo está dañado o hecho para agotar la ' +
        'memoria. El archivo no se consolida: sus filas no están en ninguna tabla ni en ningún conteo.',
    },
    fix: FRESH_COPY,
    example: {
      input: {
        en: 'A cell at column ZZZZZZ.',
        fr: 'Une cellule en colonne ZZZZZZ.',
        es: 'Una celda en la columna ZZZZZZ.',
      },
      params: { sheet: 'Matrix', ref: 'ZZZZZZ4', columns: 16384, rows: 1048576 },
    },
  },
});
