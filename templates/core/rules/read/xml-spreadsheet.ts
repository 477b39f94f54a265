import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.xml-spreadsheet',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'XML Spreadsheet 2003 file', fr: 'Fichier XML Spreadsheet 2003', es: 'Archivo XML Spreadsheet 2003' },
  messages: {
    en: 'an XML Spreadsheet 2003 file, not an xlsx workbook: open it in Excel and save as .xlsx',
    fr: 'un fichier XML Spreadsheet 2003, pas un classeur xlsx : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'un archivo XML Spreadsheet 2003, no un libro xlsx: ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is not the older XML Spreadsheet 2003 format, which some systems export.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    example: { input: 'An export from a reporting system saved as XML Spreadsheet 2003.', params: {} },
  },
});
