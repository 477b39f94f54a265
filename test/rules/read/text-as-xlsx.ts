import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'meeting notes named .xlsx',
      input: { files: [file('notes.xlsx', 'Minutes of the PSEA network meeting\nNext meeting in March.\n')] },
      findings: [{ params: {} }],
    },
  ],
});
