import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

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
      findings: [{ cell: 'M2', value: 'open', suggestion: 'discarded', params: { status: 'open', time: 't2' } }],
    },
  ],
});
