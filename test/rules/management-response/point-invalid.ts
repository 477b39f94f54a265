import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'points written a, (b) and c.',
      input: sheets(matrix([rec(1, { Point: 'a' }), rec(1, { Point: '(b)' }), rec(1, { Point: 'c.' })])),
    },
  ],
  invalid: [
    {
      name: 'a point that joins two letters',
      input: sheets(matrix([rec(1, { Point: 'a-b' })])),
      findings: [{ cell: 'B2', value: 'a-b', params: { value: 'a-b' } }],
    },
  ],
});
