import { goodXlsx } from '../files.js';
import { corruptZip } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet whose deflate stream is overwritten',
      input: { files: [corruptZip] },
      findings: [{ params: { part: 'xl/worksheets/sheet1.xml', detail: 'invalid block type' } }],
    },
  ],
});
