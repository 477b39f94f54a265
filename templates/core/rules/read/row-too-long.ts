import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.row-too-long',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Row of runaway size', fr: 'Ligne de taille démesurée', es: 'Fila de tamaño desmesurado' },
  messages: {
    en: 'sheet "{sheet}" has a row over 16 MB of XML: the file is damaged or hostile',
    fr: 'la feuille « {sheet} » a une ligne de plus de 16 Mo de XML : le fichier est endommagé ou hostile',
    es: 'la hoja «{sheet}» tiene una fila de más de 16 MB de XML: el archivo está dañado o es hostil',
  },
  fields: [],
  doc: {
    checks: {
      en: 'No row of a sheet takes more than 16 MB of XML; reading stops there.',
      fr: 'Aucune ligne d’une feuille ne prend plus de 16 Mo de XML ; la lecture s’arrête là.',
      es: 'Ninguna fila de una hoja ocupa más de 16 MB de XML; la lectura se detiene ahí.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Ask for the file again; a genuine row is never this large.',
      fr: 'Redemandez le fichier ; une vraie ligne n’est jamais aussi grande.',
      es: 'Vuelva a pedir el archivo; una fila auténtica nunca es tan grande.',
    },
    example: {
      input: {
        en: 'A sheet whose one row never ends.',
        fr: 'Une feuille dont l’unique ligne ne finit jamais.',
        es: 'Una hoja cuya única fila no termina nunca.',
      },
      params: { sheet: 'xl/worksheets/sheet1.xml' },
    },
  },
});
