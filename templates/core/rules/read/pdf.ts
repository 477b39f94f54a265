import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.pdf',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'PDF named as a workbook', fr: 'PDF nommé comme un classeur', es: 'PDF con nombre de libro' },
  messages: {
    en: 'a PDF document, not a workbook',
    fr: 'un document PDF, pas un classeur',
    es: 'un documento PDF, no un libro',
  },
  fields: [],
  doc: {
    checks: 'A file named .xlsx is not a PDF.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Ask for the Excel file the PDF was made from.',
    example: { input: 'A printed matrix saved as PDF and renamed.', params: {} },
  },
});
