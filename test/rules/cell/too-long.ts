import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a long text within the limit', input: sheets(matrix([rec(1, { Recommendation: 'x'.repeat(32_767) })])) },
  ],
  invalid: [
    {
      name: 'a recommendation of 40,000 characters',
      input: sheets(matrix([rec(1, { Recommendation: 'x'.repeat(40_000) })])),
      findings: [{ cell: 'F2', row: 2, params: { cell: 'F2', length: 40_000, limit: 32_767 } }],
    },
  ],
});
