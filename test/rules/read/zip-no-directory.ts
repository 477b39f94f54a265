import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a file that starts like a zip and is none',
      input: { files: [file('broken.xlsx', Buffer.from('PK\u0007\u0008 not a zip at all'))] },
      findings: [{ params: {} }],
    },
  ],
});
