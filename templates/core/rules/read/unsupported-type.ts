import { raisedRule } from '../../rule.js';
import { NOT_CONSOLIDATED } from '../../doc-texts.js';

export default raisedRule({
  id: 'read.unsupported-type',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'File type not read', fr: 'Type de fichier non lu', es: 'Tipo de archivo no leído' },
  messages: {
    en: 'unsupported file type "{ext}"; use .xlsx or .csv',
    fr: 'type de fichier non pris en charge « {ext} » ; utilisez .xlsx ou .csv',
    es: 'tipo de archivo no admitido «{ext}»; use .xlsx o .csv',
  },
  fields: [],
  doc: {
    checks: {
      en: 'A file named on the command line is an .xlsx, .xlsm, .xls, .csv or .tsv file.',
      fr: 'Un fichier nommé sur la ligne de commande est un fichier .xlsx, .xlsm, .xls, .csv ou .tsv.',
      es: 'Un archivo nombrado en la línea de comandos es un archivo .xlsx, .xlsm, .xls, .csv o .tsv.',
    },
    why: NOT_CONSOLIDATED,
    fix: {
      en: 'Save the sheet as .xlsx or .csv.',
      fr: 'Enregistrez la feuille en .xlsx ou en .csv.',
      es: 'Guarde la hoja como .xlsx o .csv.',
    },
    example: {
      input: {
        en: 'A "matrix.ods" named on the command line.',
        fr: 'Un « matrix.ods » nommé sur la ligne de commande.',
        es: 'Un «matrix.ods» nombrado en la línea de comandos.',
      },
      params: { ext: '.ods' },
    },
  },
});
