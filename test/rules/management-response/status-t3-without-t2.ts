import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'Time 3 after Time 2',
      input: sheets(matrix([rec(1, { 'Status (Time 2)': 'open', 'Final status (Time 3)': 'open' })])),
    },
    {
      name: 'a Not accept recommendation given a final status only (status-not-accepted reports it)',
      input: sheets(
        matrix([
          rec(1, {
            'Management response': 'Not accept',
            Rationale: 'Out of scope',
            'Key actions': '',
            'Final status (Time 3)': 'open',
          }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a final status with no Time 2',
      input: sheets(matrix([rec(1, { 'Final status (Time 3)': 'open' })])),
      findings: [{ cell: 'M2', params: { round: 't3', previous: 't2' } }],
    },
  ],
});
