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
    checks: {
      en: 'No cell of a template sheet holds NaN or ±Infinity as a number (XML can spell them, Excel cannot).',
      fr:
        'Aucune cellule d’une feuille du modèle ne contient NaN ou ±Infini comme nombre (le XML peut les ' +
        'écrire, Excel non).',
      es:
        'Ninguna celda de una hoja de la plantilla contiene NaN o ±Infinito como número (el XML puede ' +
        'escribirlos, Excel no).',
    },
    why: {
      en:
        'Such a number is no count or date anyone typed; written into consolidated.xlsx it would make the ' +
        'file unreadable to other tools, so it is read as an empty cell instead.',
      fr:
        'Un tel nombre n’est ni un compte ni une date saisis par quelqu’un ; écrit dans consolidated.xlsx, ' +
        'il rendrait le fichier illisible pour d’autres outils, il est donc lu comme une cellule vide.',
      es:
        'Ese número no es un conteo ni una fecha que alguien escribiera; escrito en consolidated.xlsx, haría ' +
        'el archivo ilegible para otras herramientas, así que se lee como celda vacía.',
    },
    fix: {
      en: 'Find the tool or formula that wrote the value and type the number meant.',
      fr: 'Trouvez l’outil ou la formule qui a écrit la valeur et saisissez le nombre voulu.',
      es: 'Busque la herramienta o la fórmula que escribió el valor y escriba el número que se quería.',
    },
    example: {
      input: {
        en: 'A cell A4 written by a script as <v>NaN</v>.',
        fr: 'Une cellule A4 écrite par un script comme <v>NaN</v>.',
        es: 'Una celda A4 escrita por un script como <v>NaN</v>.',
      },
      params: { cell: 'A4', value: 'NaN' },
    },
  },
  check({ cells }, emit) {
    emitCellNotes(cells.notNumbers, emit);
  },
});
