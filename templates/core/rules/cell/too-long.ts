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
  fields: [],
  doc: {
    checks:
      'No cell of a template sheet holds more than 32,767 characters, the most Excel keeps in a cell (a file ' +
      'written by another tool can hold more).',
    why:
      'The text is consolidated whole, but in Excel it is cut: what a reviewer reads in the sheet is not all that ' +
      'was reported.',
    fix: 'Shorten the text, or move the long part to an annex and refer to it.',
    example: { input: 'A comment of 40,000 characters in F12.', params: { cell: 'F12', length: 40000, limit: 32767 } },
  },
  check({ cells }, emit) {
    for (const c of cells.long)
      emit({ row: c.row, cell: c.cell }, { cell: c.cell, length: c.value.length, limit: EXCEL_CELL_LIMIT });
  },
});
