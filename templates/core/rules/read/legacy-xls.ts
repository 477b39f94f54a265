import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.legacy-xls',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Legacy .xls file', fr: 'Ancien fichier .xls', es: 'Archivo .xls antiguo' },
  messages: {
    en: 'legacy Excel 97-2003 file (.xls): open it in Excel and save as .xlsx',
    fr: 'ancien fichier Excel 97-2003 (.xls) : ouvrez-le dans Excel et enregistrez-le en .xlsx',
    es: 'archivo antiguo de Excel 97-2003 (.xls): ábralo en Excel y guárdelo como .xlsx',
  },
  fields: [],
  doc: {
    checks: 'The workbook is an .xlsx (Office Open XML) file, not the Excel 97-2003 format, whatever its name says.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
    example: { input: 'A "report.xls" from an older office.', params: {} },
  },
});
