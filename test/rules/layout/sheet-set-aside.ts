import { cases } from '../tester.js';
import { matrix, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'a workbook of one matrix', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'an acronym list beside the matrix',
      input: sheets(matrix(), {
        name: 'List of Acronyms',
        rows: [['List of Acronyms'], ['Acronym', 'Meaning'], ['PSEAH', 'PSEA and sexual harassment']],
      }),
      findings: [{ sheet: 'List of Acronyms', row: 1, params: { sheet: 'List of Acronyms', kind: '–' } }],
    },
  ],
});
