import { goodXlsx, zipOf } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx through exceljs', input: { files: [goodXlsx] }, env: { PSEA_READER: 'exceljs' } }],
  invalid: [
    {
      name: 'a workbook part that is not XML, through exceljs',
      input: { files: [zipOf('broken.xlsx', { '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<<<not xml' })] },
      env: { PSEA_READER: 'exceljs' },
      findings: [{ params: { detail: '1:2: disallowed character in tag name' } }],
    },
  ],
});
