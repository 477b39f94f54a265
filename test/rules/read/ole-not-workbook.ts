import { compound, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a Word document renamed .xls',
      input: { files: [compound('report.xls', { WordDocument: Buffer.alloc(600, 1) })] },
      findings: [{ params: {} }],
    },
  ],
});
