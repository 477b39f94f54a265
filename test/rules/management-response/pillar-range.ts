import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'each recommendation in its range',
      input: sheets(matrix([rec(1, { Pillar: 1 }), rec(19, { Pillar: 2 })])),
    },
  ],
  invalid: [
    {
      name: 'recommendation 1 stated in pillar 2, from a section row',
      input: sheets(matrix([['Pillar 2: Institutional Accountability and Transparency'], rec(1, { Pillar: null })])),
      findings: [{ cell: 'C3', suggestion: '1', params: { rec: 1, pillar: 2, expected: 1, from: 1, to: 18 } }],
    },
  ],
});
