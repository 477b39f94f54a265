import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

const notAccepted = { 'Management response': 'Not accept', Rationale: 'Outside mandate', 'Key actions': null };

export default cases({
  valid: [
    {
      name: 'a Not accept recommendation discarded',
      input: sheets(
        matrix([rec(1, { ...notAccepted, 'Status (Time 2)': 'discarded', 'Comments (Time 2)': 'not accepted' })]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a Not accept recommendation open at Time 2',
      input: sheets(matrix([rec(1, { ...notAccepted, 'Status (Time 2)': 'open' })])),
      findings: [
        {
          cell: 'M2',
          value: 'open',
          suggestion: 'no longer applicable',
          params: { status: 'in progress', time: 't2' },
        },
      ],
    },
    {
      name: "the evaluation's own word for no longer applicable is the suggestion",
      input: sheets(matrix([rec(1, { ...notAccepted, 'Status (Time 2)': 'completed', 'Comments (Time 2)': 'x' })])),
      ...IOM,
      findings: [{ cell: 'M2', suggestion: 'discarded', params: { status: 'completed', time: 't2' } }],
    },
  ],
});
