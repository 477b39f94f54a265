import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.html',
  severity: 'error',
  raisedBy: 'reader',
  title: {
    en: 'Web page under a spreadsheet name',
    fr: 'Page web sous un nom de tableur',
    es: 'Página web con nombre de hoja de cálculo',
  },
  messages: {
    en: 'a web page (HTML) exported under a spreadsheet name: open it in Excel and save as .xlsx',
    fr: 'une page web (HTML) exportée sous un nom de tableur : ouvrez-la dans Excel et enregistrez-la en .xlsx',
    es: 'una página web (HTML) exportada con un nombre de hoja de cálculo: ábrala en Excel y guárdela como .xlsx',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is not a web page (an "Export to Excel" of many web systems writes HTML).',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    example: { input: 'An "Export to Excel" that wrote an HTML table.', params: {} },
  },
});
