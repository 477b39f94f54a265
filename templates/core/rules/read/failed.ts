import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.failed',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Workbook could not be read', fr: 'Classeur illisible', es: 'Libro ilegible' },
  messages: {
    en: 'the workbook could not be read ({detail})',
    fr: 'le classeur n’a pas pu être lu ({detail})',
    es: 'no se pudo leer el libro ({detail})',
  },
  fields: [],
  doc: {
    checks: 'The reference reader (exceljs) reads the workbook without error.',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Open the file in Excel and save it again as .xlsx; if it still fails, report the detail shown.',
    example: {
      input: 'A workbook whose styles part is broken.',
      params: { detail: 'Cannot read properties of undefined' },
    },
  },
});
