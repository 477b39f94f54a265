import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { EXCEL_CELL_LIMIT } from '../../cells.js';

export default sheetRule({
  id: 'cell.too-long',
  severity: 'warning',
  title: {
    en: 'Cell longer than Excel allows',
    fr: 'Cellule plus longue qu’Excel ne le permet',
    es: 'Celda más larga de lo que Excel permite',
  },
  messages: {
    en: text(
      'Cell {cell} holds {length} characters, more than Excel allows in a cell ({limit}); the whole value is kept, ',
      'but Excel cannot show or edit all of it.',
    ),
    fr:
      'La cellule {cell} contient {length} caractères, plus qu’Excel n’en permet par cellule ({limit}) ; la valeur ' +
      'est gardée entière, mais Excel ne peut pas l’afficher ni la modifier en entier.',
    es:
      'La celda {cell} contiene {length} caracteres, más de lo que Excel permite por celda ({limit}); el valor se ' +
      'conserva entero, pero Excel no puede mostrarlo ni editarlo completo.',
  },
  counts: ['length', 'limit'],
  fields: [],
  doc: {
    checks: {
      en:
        'No cell of a template sheet holds more than 32,767 characters, the most Excel keeps in a cell (a ' +
        'file written by another tool can hold more).',
      fr:
        'Aucune cellule d’une feuille du modèle ne contient plus de 32 767 caractères, le maximum qu’Excel ' +
        'garde dans une cellule (un fichier écrit par un autre outil peut en contenir plus).',
      es:
        'Ninguna celda de una hoja de la plantilla contiene más de 32.767 caracteres, el máximo que Excel ' +
        'guarda en una celda (un archivo escrito por otra herramienta puede contener más).',
    },
    why: {
      en:
        'The text is consolidated whole, but in Excel it is cut: what a reviewer reads in the sheet is not ' +
        'all that was reported.',
      fr:
        'Le texte est consolidé en entier, mais dans Excel il est coupé : ce qu’un relecteur lit dans la ' +
        'feuille n’est pas tout ce qui a été rapporté.',
      es:
        'El texto se consolida entero, pero en Excel se corta: lo que un revisor lee en la hoja no es todo ' +
        'lo que se informó.',
    },
    fix: {
      en: 'Shorten the text, or move the long part to an annex and refer to it.',
      fr: 'Raccourcissez le texte, ou déplacez la partie longue dans une annexe et renvoyez-y.',
      es: 'Acorte el texto, o lleve la parte larga a un anexo y remita a él.',
    },
    example: {
      input: {
        en: 'A comment of 40,000 characters in F12.',
        fr: 'Un commentaire de 40 000 caractères en F12.',
        es: 'Un comentario de 40.000 caracteres en F12.',
      },
      params: { cell: 'F12', length: 40000, limit: 32767 },
    },
  },
  check({ cells }, emit) {
    for (const c of cells.long)
      emit({ row: c.row, cell: c.cell }, { cell: c.cell, length: c.value.length, limit: EXCEL_CELL_LIMIT });
  },
});
