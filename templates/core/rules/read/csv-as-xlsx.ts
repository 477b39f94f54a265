import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.csv-as-xlsx',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'CSV named .xlsx', fr: 'CSV nommé .xlsx', es: 'CSV con nombre .xlsx' },
  messages: {
    en: 'a CSV text file, not an xlsx workbook: rename it to .csv',
    fr: 'un fichier texte CSV, pas un classeur xlsx : renommez-le en .csv',
    es: 'un archivo de texto CSV, no un libro xlsx: cámbiele el nombre a .csv',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is not a CSV text.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Rename the file to .csv: it is then read as CSV.',
    example: { input: 'A CSV export saved as "matrix.xlsx".', params: {} },
  },
});
