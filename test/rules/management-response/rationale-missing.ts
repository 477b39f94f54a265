import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'Partially accept with its rationale; Accept needs none',
      input: sheets(matrix([rec(1, { 'Management response': 'Partially accept', Rationale: 'Budget' }), rec(2)])),
    },
  ],
  invalid: [
    {
      name: 'Partially agree and Disagree without a rationale',
      input: sheets(
        matrix([
          rec(1, { 'Management response': 'Partially agree' }),
          rec(2, { 'Management response': 'Disagree', 'Key actions': null }),
        ]),
      ),
      findings: [
        { cell: 'K2', params: { response: 'Partially accept' } },
        { cell: 'K3', params: { response: 'Not accept' } },
      ],
    },
  ],
});
