import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'no hidden row', input: sheets(matrix([rec(1), rec(2)])) }],
  invalid: [
    {
      name: 'rows 2 and 3 hidden by a filter',
      input: sheets({ ...matrix([rec(1), rec(2), rec(3)]), hiddenRows: [2, 3] }),
      findings: [{ row: 2, params: { rows: '2–3' } }],
    },
  ],
});
