import { goodXlsx } from '../files.js';
import { ratioBomb } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: '600 MB of zeros at a thousand to one',
      input: { files: [ratioBomb] },
      findings: [{ params: { part: 'xl/worksheets/sheet1.xml', limit: 500, variable: 'PSEA_MAX_ZIP_RATIO' } }],
    },
  ],
});
