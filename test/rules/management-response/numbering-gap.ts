import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'recommendations 1 to 3', input: sheets(matrix([rec(1), rec(2), rec(3)])) }],
  invalid: [
    {
      name: 'recommendation 4 and 6–9 missing',
      input: sheets(matrix([rec(1), rec(2), rec(3), rec(5), rec(10)])),
      findings: [{ field: 'rec_no', params: { missing: '4, 6–9', from: 1, to: 10 } }],
    },
  ],
});
