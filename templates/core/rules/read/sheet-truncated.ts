import { raisedRule, text } from '../../rule.js';
import { FRESH_COPY } from '../../doc-texts.js';

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
    checks: {
      en: 'The XML of every sheet ends after its last row, not inside one.',
      fr: 'Le XML de chaque feuille se termine après sa dernière ligne, et non au milieu d’une ligne.',
      es: 'El XML de cada hoja termina después de su última fila, no en medio de una.',
    },
    why: {
      en: 'A sheet cut short has lost its last rows without a word: consolidating the rest would undercount.',
      fr: 'Une feuille coupée a perdu ses dernières lignes sans un mot : consolider le reste compterait trop peu.',
      es: 'Una hoja cortada ha perdido sus últimas filas sin aviso: consolidar el resto contaría de menos.',
    },
    fix: FRESH_COPY,
    example: {
      input: {
        en: 'A sheet whose XML stops in the middle of row 40.',
        fr: 'Une feuille dont le XML s’arrête au milieu de la ligne 40.',
        es: 'Una hoja cuyo XML se detiene en medio de la fila 40.',
      },
      params: { sheet: 'Matrix', row: 40 },
    },
  },
});
