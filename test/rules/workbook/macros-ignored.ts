import { cases } from '../tester.js';
import { book, matrix, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'a workbook without macros', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'a workbook whose reader found a VBA project',
      input: { workbooks: [book([matrix()], 'case.xlsm', { macros: true })] },
      findings: [{ file: 'case.xlsm', sheet: '' }],
    },
  ],
});
