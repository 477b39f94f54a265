import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { emitCellNotes } from '../../cells.js';

export default sheetRule({
  id: 'cell.not-a-number',
  severity: 'warning',
  title: {
    en: 'Number no spreadsheet can hold',
    fr: 'Nombre qu’aucun tableur ne peut contenir',
    es: 'Número que ninguna hoja de cálculo admite',
  },
  messages: {
    en: text(
      'Cell {cell} holds {value}, which no spreadsheet can store as a number; it is read as empty. Correct the ',
      'value in the source file.',
    ),
    fr:
      'La cellule {cell} contient {value}, qu’aucun tableur ne peut enregistrer comme nombre ; elle est lue comme ' +
      'vide. Corrigez la valeur dans le fichier source.',
    es:
      'La celda {cell} contiene {value}, que ninguna hoja de cálculo puede guardar como número; se lee como vacía. ' +
      'Corrija el valor en el archivo de origen.',
  },
  fields: [],
  doc: {
    checks: 'No cell of a template sheet holds NaN or ±Infinity as a number (XML can spell them, Excel cannot).',
    why:
      'Such a number is no count or date anyone typed; written into consolidated.xlsx it would make the file ' +
      'unreadable to other tools, so it is read as an empty cell instead.',
    fix: 'Find the tool or formula that wrote the value and type the number meant.',
    example: { input: 'A cell A4 written by a script as <v>NaN</v>.', params: { cell: 'A4', value: 'NaN' } },
  },
  check({ cells }, emit) {
    emitCellNotes(cells.notNumbers, emit);
  },
});
