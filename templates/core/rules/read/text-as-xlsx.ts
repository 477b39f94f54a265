import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.text-as-xlsx',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Text file named .xlsx', fr: 'Fichier texte nommé .xlsx', es: 'Archivo de texto con nombre .xlsx' },
  messages: {
    en: 'a text file, not an xlsx workbook',
    fr: 'un fichier texte, pas un classeur xlsx',
    es: 'un archivo de texto, no un libro xlsx',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is not plain text.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the file and ask for the workbook itself.',
    example: { input: 'A note saved as "matrix.xlsx".', params: {} },
  },
});
