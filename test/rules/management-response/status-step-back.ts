import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'open then completed',
      input: sheets(
        matrix([
          rec(1, { 'Status (Time 2)': 'open', 'Final status (Time 3)': 'completed', 'Final comments (Time 3)': 'ok' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'completed at Time 2, open at Time 3',
      input: sheets(
        matrix([
          rec(1, { 'Status (Time 2)': 'completed', 'Comments (Time 2)': 'ok', 'Final status (Time 3)': 'open' }),
        ]),
      ),
      findings: [{ cell: 'O2', params: { t2: 'completed', t3: 'open' } }],
    },
  ],
});
