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
      '{count} cell(s) ({cells}) refer to shared strings the file does not hold: the file is damaged, and these ',
      'cells read as empty. Open it in Excel to check them, or ask for a fresh copy.',
    ),
    fr:
      '{count} cellule(s) ({cells}) renvoient à des chaînes partagées absentes du fichier : le fichier est ' +
      'endommagé, et ces cellules sont lues comme vides. Ouvrez-le dans Excel pour les vérifier, ou demandez-en une ' +
      'nouvelle copie.',
    es:
      '{count} celda(s) ({cells}) remiten a cadenas compartidas que el archivo no contiene: el archivo está dañado, ' +
      'y esas celdas se leen como vacías. Ábralo en Excel para revisarlas, o pida una copia nueva.',
  },
  counts: ['count'],
  fields: [],
  doc: {
    checks: 'Every cell that takes its text from the shared-string table points at a string the table holds.',
    why:
      'A cell pointing past the table has lost its text: it reads as empty, so a status or a response that was ' +
      'typed is missing from the tables.',
    fix: 'Ask for a fresh copy of the file, or open it in Excel (which repairs it) and check the cells named.',
    example: { input: 'Cell F4 points at shared string 99 of a table of 2.', params: { count: 1, cells: 'F4' } },
  },
});
