import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';
import { declaredTable } from '../../helpers.js';

export default cases({
  valid: [
    {
      name: 'a declared table that matches the rows',
      input: sheets(matrix([rec(1), rec(2), rec(3)]), declaredTable(3)),
    },
  ],
  invalid: [
    {
      name: 'four accepted declared, three in the rows',
      input: sheets(matrix([rec(1), rec(2), rec(3)]), declaredTable(4)),
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
