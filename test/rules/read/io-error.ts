import { folderNamed, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a folder named like a workbook',
      input: { files: [folderNamed('matrix.xlsx')] },
      findings: [{ params: {} }],
    },
  ],
});
