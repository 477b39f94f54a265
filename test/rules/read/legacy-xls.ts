import { goodXlsx } from '../files.js';
import { legacyXls } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'an Excel 97-2003 workbook, named .xls and .xlsx',
      input: { files: [(dir) => legacyXls(dir), (dir) => legacyXls(dir, 'really-xls.xlsx')] },
      findings: [{ params: {} }, { params: {} }],
    },
  ],
});
