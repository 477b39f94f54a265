import { goodXlsx, zipOf } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a zip archive renamed .xlsx',
      input: { files: [zipOf('archive.xlsx', { 'readme.txt': 'hello' })] },
      findings: [{ params: { part: 'xl/workbook.xml' } }],
    },
  ],
});
