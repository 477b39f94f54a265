import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.shared-string-missing',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Cell text missing from the file',
    fr: 'Texte de cellule absent du fichier',
    es: 'Texto de celda ausente del archivo',
  },
  messages: {
    en: text(
      '{count} {count:cell|cells} ({cells}) {count:refers to a shared string|refer to shared strings} the file ',
      'does not hold: the file is damaged, and {count:this cell reads|these cells read} as empty. Open it in Excel ',
      'to check {count:it|them}, or ask for a fresh copy.',
    ),
    fr:
      '{count} {count:cellule|cellules} ({cells}) {count:renvoie à une chaîne partagée absente|renvoient à des ' +
      'chaînes partagées absentes} du fichier : le fichier est endommagé, et {count:cette cellule est lue comme ' +
      'vide|ces cellules sont lues comme vides}. Ouvrez-le dans Excel pour {count:la|les} vérifier, ou demandez-en ' +
      'une nouvelle copie.',
    es:
      '{count} {count:celda|celdas} ({cells}) {count:remite a una cadena compartida|remiten a cadenas ' +
      'compartidas} que el archivo no contiene: el archivo está dañado, y {count:esa celda se lee como vacía|esas ' +
      'celdas se leen como vacías}. Ábralo en Excel para {count:revisarla|revisarlas}, o pida una copia nueva.',
  },
  counts: ['count'],
  fields: [],
  doc: {
    checks: {
      en: 'Every cell that takes its text from the shared-string table points at a string the table holds.',
      fr:
        'Chaque cellule qui prend son texte dans la table des chaînes partagées renvoie à une chaîne que la ' +
        'table contient.',
      es:
        'Cada celda que toma su texto de la tabla de cadenas compartidas remite a una cadena que la tabla ' +
        'contiene.',
    },
    why: {
      en:
        'A cell pointing past the table has lost its text: it reads as empty, so a status or a response that ' +
        'was typed is missing from the tables.',
      fr:
        'Une cellule qui renvoie au-delà de la table a perdu son texte : elle se lit vide, donc un statut ou ' +
        'une réponse saisis manquent dans les tableaux.',
      es:
        'Una celda que remite más allá de la tabla ha perdido su texto: se lee vacía, así que a las tablas ' +
        'les falta un estado o una respuesta que se escribió.',
    },
    fix: {
      en: 'Ask for a fresh copy of the file, or open it in Excel (which repairs it) and check the cells named.',
      fr:
        'Demandez une nouvelle copie du fichier, ou ouvrez-le dans Excel (qui le répare) et vérifiez les ' +
        'cellules nommées.',
      es: 'Pida una copia nueva del archivo, o ábralo en Excel (que lo repara) y revise las celdas nombradas.',
    },
    example: {
      input: {
        en: 'Cell F4 points at shared string 99 of a table of 2.',
        fr: 'La cellule F4 renvoie à la chaîne partagée 99 d’une table de 2.',
        es: 'La celda F4 remite a la cadena compartida 99 de una tabla de 2.',
      },
      params: { count: 1, cells: 'F4' },
    },
  },
});
