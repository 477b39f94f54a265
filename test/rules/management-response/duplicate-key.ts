import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'one row per point, the number repeated',
      input: sheets(matrix([rec(1, { Point: 'a' }), rec(1, { Point: 'b' })])),
    },
  ],
  invalid: [
    {
      name: 'recommendation 1 twice, and point 2 (a) twice',
      input: sheets(
        matrix([rec(1), rec(1, { 'Evaluation ref.': '2.9' }), rec(2, { Point: 'a' }), rec(2, { Point: 'a' })]),
      ),
      findings: [
        { row: 3, cell: 'A3', params: { rec: 1, point: '', firstRow: 2 } },
        { row: 5, params: { rec: 2, point: ' (a)', firstRow: 4 } },
      ],
    },
  ],
});
