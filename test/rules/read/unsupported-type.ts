import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'an OpenDocument spreadsheet',
      input: { files: [file('matrix.ods', 'PK')] },
      findings: [{ params: { ext: '.ods' } }],
    },
  ],
});
