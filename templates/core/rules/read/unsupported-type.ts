import { raisedRule } from '../../rule.js';

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
    checks: 'A file named on the command line is an .xlsx, .xlsm, .xls, .csv or .tsv file.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Save the sheet as .xlsx or .csv.',
    example: { input: 'A "matrix.ods" named on the command line.', params: { ext: '.ods' } },
  },
});
