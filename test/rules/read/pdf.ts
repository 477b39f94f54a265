import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a PDF named .xlsx',
      input: { files: [file('printed.xlsx', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n')] },
      findings: [{ params: {} }],
    },
  ],
});
