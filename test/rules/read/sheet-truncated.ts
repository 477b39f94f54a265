import { file, goodXlsx } from '../files.js';
import { matrixRows } from '../../fixtures/hostile/files.js';
import { packageBytes } from '../../fixtures/hostile/workbook.js';
import { cases } from '../tester.js';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** A sheet whose XML stops inside its fourth row. */
const cut = packageBytes({
  sheets: [{ name: 'Matrix', xml: `<worksheet xmlns="${NS}"><sheetData>${matrixRows()}<row r="4"><c r="A4"><v>3</v>` }],
});

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet cut short inside row 4',
      input: { files: [file('cut.xlsx', cut)] },
      findings: [{ params: { sheet: 'Matrix', row: 4 } }],
    },
  ],
});
