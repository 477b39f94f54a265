import { editedXlsx, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet whose directory promises more bytes than the file holds',
      input: {
        files: [
          editedXlsx('short.xlsx', (bytes, at) =>
            bytes.writeUInt32LE(bytes.length, at('xl/worksheets/sheet1.xml').central + 20),
          ),
        ],
      },
      findings: [{ params: { part: 'xl/worksheets/sheet1.xml' } }],
    },
  ],
});
