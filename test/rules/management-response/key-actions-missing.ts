import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'Accept with key actions; Not accept needs none',
      input: sheets(
        matrix([
          rec(1),
          rec(2, { 'Management response': 'Not accept', Rationale: 'Outside mandate', 'Key actions': null }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'Accept without key actions',
      input: sheets(matrix([rec(1, { 'Key actions': null })])),
      findings: [{ cell: 'L2', params: { response: 'Accept' } }],
    },
  ],
});
