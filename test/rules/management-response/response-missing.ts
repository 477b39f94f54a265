import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'answered on the recommendation, or on its points',
      input: sheets(
        matrix([
          rec(1),
          rec(2, { 'Management response': null, 'Evaluation ref.': '2.2' }),
          rec(2, { Point: 'a', 'Management response': 'Accept', 'Evaluation ref.': null }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a recommendation with no response anywhere',
      input: sheets(matrix([rec(1, { 'Management response': null })])),
      findings: [{ cell: 'J2', params: { rec: 1 } }],
    },
  ],
});
