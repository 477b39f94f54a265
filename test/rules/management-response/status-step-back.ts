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
      findings: [{ cell: 'O2', params: { from: 'completed', previous: 't2', to: 'in progress', round: 't3' } }],
    },
    {
      name: 'dated rounds: completed in December 2025, ongoing in June 2026',
      input: sheets({
        name: 'MR',
        rows: [
          [
            'Rec.',
            'Recommendation',
            'Management response',
            'Responsibility',
            'Status – December 2025',
            'Status – June 2026',
          ],
          [1, 'Train staff', 'Accepted', 'HR', 'Completed', 'Ongoing'],
        ],
      }),
      findings: [
        { cell: 'F2', params: { from: 'completed', previous: '2025-12', to: 'in progress', round: '2026-06' } },
      ],
    },
  ],
});
