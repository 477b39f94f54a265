import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'a reference each', input: sheets(matrix([rec(1), rec(2), rec(3)])) }],
  invalid: [
    {
      name: 'reference 2.1 on three recommendations',
      input: sheets(matrix([rec(1), rec(2, { 'Evaluation ref.': '2.1' }), rec(3, { 'Evaluation ref.': '2.1' })])),
      findings: [
        { row: 3, cell: 'E3', params: { ref: '2.1', recs: '1, 2, 3' } },
        { row: 4, params: { ref: '2.1', recs: '1, 2, 3' } },
      ],
    },
  ],
});
