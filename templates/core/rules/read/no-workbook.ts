import { raisedRule } from '../../rule.js';

export default raisedRule({
  id: 'read.no-workbook',
  severity: 'error',
  raisedBy: 'reader',
  title: { en: 'Zip without a workbook', fr: 'Zip sans classeur', es: 'Zip sin libro' },
  messages: {
    en: 'not an xlsx workbook ({part} is missing)',
    fr: 'pas un classeur xlsx ({part} manque)',
    es: 'no es un libro xlsx (falta {part})',
  },
  fields: [],
  doc: {
    checks:
      'A zip named .xlsx holds the workbook part every xlsx has, where its package relationships say (most often ' +
      'xl/workbook.xml).',
    why: 'The file is not consolidated: its rows are in no table and no count.',
    fix: 'Check the file: it is another kind of zip (an archive, a Word or PowerPoint file) given a spreadsheet name.',
    example: { input: 'A .zip archive renamed "matrix.xlsx".', params: { part: 'xl/workbook.xml' } },
  },
});
