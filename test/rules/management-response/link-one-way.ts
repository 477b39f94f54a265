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
      name: '2 links to 3, which names no link',
      input: sheets(matrix([rec(1), rec(2, { 'Linked recommendations': '3' }), rec(3)])),
      findings: [{ cell: 'G3', value: '3', params: { rec: 2, target: 3 } }],
    },
  ],
});
