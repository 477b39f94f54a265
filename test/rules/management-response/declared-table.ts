import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const declared = (accept: number) => ({
  name: 'Table 1',
  rows: [
    ['Table 1: Acceptance'],
    ['Level of acceptance', 'TOTAL'],
    ['Accept', `${accept} recommendations`],
    ['Partially Accept', 0],
    ['Not Accept', 0],
    ['TOTAL', 3],
  ],
});

export default cases({
  valid: [
    { name: 'a declared table that matches the rows', input: sheets(matrix([rec(1), rec(2), rec(3)]), declared(3)) },
  ],
  invalid: [
    {
      name: 'four accepted declared, three in the rows',
      input: sheets(matrix([rec(1), rec(2), rec(3)]), declared(4)),
      findings: [
        {
          sheet: 'Table 1',
          row: 3,
          value: '4',
          suggestion: '3',
          params: { category: 'Accept', declared: 4, computed: 3 },
        },
      ],
    },
  ],
});
