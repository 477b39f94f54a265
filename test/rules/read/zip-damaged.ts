import { editedXlsx, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a central directory whose first record is overwritten',
      input: {
        files: [
          editedXlsx('damaged.xlsx', (bytes, at) =>
            bytes.fill(0, at('[Content_Types].xml').central, at('[Content_Types].xml').central + 4),
          ),
        ],
      },
      findings: [{ params: {} }],
    },
  ],
});
