import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'links written "Rec 2" and "#1"',
      input: sheets(
        matrix([rec(1, { 'Linked recommendations': 'Rec 2' }), rec(2, { 'Linked recommendations': '#1' })]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a remark among the links',
      input: sheets(
        matrix([rec(1, { 'Linked recommendations': '2, see annex' }), rec(2, { 'Linked recommendations': '1' })]),
      ),
      findings: [{ cell: 'G2', value: 'see annex', params: { value: 'see annex' } }],
    },
  ],
});
