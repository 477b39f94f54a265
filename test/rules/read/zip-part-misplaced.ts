import { editedXlsx, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet whose local header is not where the directory says',
      input: {
        files: [
          editedXlsx('shifted.xlsx', (bytes, at) =>
            bytes.writeUInt32LE(at('xl/worksheets/sheet1.xml').local + 7, at('xl/worksheets/sheet1.xml').central + 42),
          ),
        ],
      },
      findings: [{ params: { part: 'xl/worksheets/sheet1.xml' } }],
    },
  ],
});
