import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'links both ways',
      input: sheets(matrix([rec(1, { 'Linked recommendations': '2' }), rec(2, { 'Linked recommendations': '1' })])),
    },
  ],
  invalid: [
    {
      name: 'a link to recommendation 99',
      input: sheets(matrix([rec(1, { 'Linked recommendations': '#99' })])),
      findings: [{ cell: 'G2', value: '99', params: { rec: 1, target: 99 } }],
    },
  ],
});
