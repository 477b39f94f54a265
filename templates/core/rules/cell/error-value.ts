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
    checks: {
      en: 'No cell of a template sheet shows an Excel error value (#N/A, #REF!, #DIV/0!, #VALUE! …).',
      fr:
        'Aucune cellule d’une feuille du modèle n’affiche une valeur d’erreur Excel (#N/A, #REF!, #DIV/0!, ' +
        '#VALUE! …, comme le fichier les enregistre).',
      es:
        'Ninguna celda de una hoja de la plantilla muestra un valor de error de Excel (#N/A, #REF!, #DIV/0!, ' +
        '#VALUE! …, tal como los guarda el archivo).',
    },
    why: {
      en:
        'An error value is not data: it is read as an empty cell, so a status or a count that should be ' +
        'there is missing.',
      fr:
        'Une valeur d’erreur n’est pas une donnée : elle est lue comme une cellule vide, donc un statut ou ' +
        'un compte qui devrait y être manque.',
      es:
        'Un valor de error no es un dato: se lee como celda vacía, así que falta un estado o un conteo que ' +
        'debería estar ahí.',
    },
    fix: {
      en: 'Correct the formula (often a broken reference after rows were deleted) or type the value.',
      fr: 'Corrigez la formule (souvent une référence cassée après la suppression de lignes) ou saisissez la valeur.',
      es: 'Corrija la fórmula (a menudo una referencia rota tras eliminar filas) o escriba el valor.',
    },
    example: {
      input: {
        en: 'A status cell K4 whose lookup formula shows #N/A.',
        fr: 'Une cellule de statut K4 dont la formule de recherche affiche #N/A.',
        es: 'Una celda de estado K4 cuya fórmula de búsqueda muestra #N/A.',
      },
      params: { cell: 'K4', value: '#N/A' },
    },
  },
  check({ cells }, emit) {
    emitCellNotes(cells.errors, emit);
  },
});
