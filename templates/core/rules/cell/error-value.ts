import { sheetRule } from '../context.js';
import { text } from '../../rule.js';
import { emitCellNotes } from '../../cells.js';

export default sheetRule({
  id: 'cell.error-value',
  severity: 'warning',
  title: {
    en: 'Excel error in a cell',
    fr: 'Erreur Excel dans une cellule',
    es: 'Error de Excel en una celda',
  },
  messages: {
    en: text(
      'Cell {cell} shows the Excel error {value}; it is read as empty. Correct the formula or value in the source ',
      'file.',
    ),
    fr:
      'La cellule {cell} affiche l’erreur Excel {value} ; elle est lue comme vide. Corrigez la formule ou la valeur ' +
      'dans le fichier source.',
    es:
      'La celda {cell} muestra el error de Excel {value}; se lee como vacía. Corrija la fórmula o el valor en el ' +
      'archivo de origen.',
  },
  fields: [],
  doc: {
    checks: 'No cell of a template sheet shows an Excel error value (#N/A, #REF!, #DIV/0!, #VALUE! …).',
    why:
      'An error value is not data: it is read as an empty cell, so a status or a count that should be there is ' +
      'missing.',
    fix: 'Correct the formula (often a broken reference after rows were deleted) or type the value.',
    example: { input: 'A status cell K4 whose lookup formula shows #N/A.', params: { cell: 'K4', value: '#N/A' } },
  },
  check({ cells }, emit) {
    emitCellNotes(cells.errors, emit);
  },
});
