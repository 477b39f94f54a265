import { file, goodXlsx } from '../files.js';
import { matrixRows } from '../../fixtures/hostile/files.js';
import { packageBytes, sheetXml } from '../../fixtures/hostile/workbook.js';
import { cases } from '../tester.js';

const lost = packageBytes({
  sheets: [
    { name: 'Matrix', xml: sheetXml(matrixRows()) },
    { name: 'Lost', target: 'worksheets/gone.xml' },
  ],
});

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet listed whose part is not in the zip',
      input: { files: [file('lost.xlsx', lost)] },
      findings: [{ sheet: 'Lost', params: { sheet: 'Lost' } }],
    },
  ],
});
