import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'binary bytes of no known format',
      input: { files: [file('blob.xlsx', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]))] },
      findings: [{ params: { bytes: '00 01 02 03' } }],
    },
  ],
});
