import { raisedRule, text } from '../../rule.js';

export default raisedRule({
  id: 'read.sheet-truncated',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Sheet cut short', fr: 'Feuille tronquée', es: 'Hoja truncada' },
  messages: {
    en: text('the file is damaged: the XML of sheet "{sheet}" ends inside row {row}, so the rows after it are missing'),
    fr:
      'le fichier est endommagé : le XML de la feuille « {sheet} » s’arrête dans la ligne {row}, les lignes ' +
      'suivantes manquent donc',
    es:
      'el archivo está dañado: el XML de la hoja «{sheet}» termina dentro de la fila {row}, así que faltan las filas ' +
      'siguientes',
  },
  fields: [],
  doc: {
    checks: 'The XML of every sheet ends after its last row, not inside one.',
    why: 'A sheet cut short has lost its last rows without a word: consolidating the rest would undercount.',
    fix: 'Ask for a fresh copy of the file, saved by Excel.',
    example: { input: 'A sheet whose XML stops in the middle of row 40.', params: { sheet: 'Matrix', row: 40 } },
  },
});
