import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.csv-unclosed-quote',
  severity: 'warning',
  raisedBy: 'reader',
  title: { en: 'CSV quote never closed', fr: 'Guillemet CSV non fermé', es: 'Comillas CSV sin cerrar' },
  messages: {
    en: text(
      'CSV row {row}: a quote opens a value and is not closed properly; the row was read with its quotes as plain ',
      'text, and reading went on.',
    ),
    fr:
      'Ligne CSV {row} : un guillemet ouvre une valeur sans la fermer correctement ; la ligne a été lue en gardant ' +
      'ses guillemets comme du texte, et la lecture a continué.',
    es:
      'Fila CSV {row}: unas comillas abren un valor y no se cierran correctamente; la fila se leyó con sus comillas ' +
      'como texto, y la lectura continuó.',
  },
  fields: [],
  doc: {
    checks: 'A quote that opens a CSV value is closed before the next separator or line end.',
    why:
      'An unclosed quote would swallow the rest of the file into one cell; the row is read with its quotes as text ' +
      'instead, so its values may sit in the wrong columns.',
    fix:
      'Open the CSV in a text editor at that row and close or remove the stray quote (a quote inside a value is ' +
      'written twice: "").',
    example: { input: 'Row 3 of a CSV reads `2,"Brief staff,Accept`.', params: { row: 3 } },
  },
});
