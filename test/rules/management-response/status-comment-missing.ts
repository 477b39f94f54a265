import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'a commented completion, an open status without comment',
      input: sheets(
        matrix([
          rec(1, { 'Status (Time 2)': 'completed', 'Comments (Time 2)': 'Done in Q4' }),
          rec(2, { 'Status (Time 2)': 'open' }),
          rec(3, { 'Status (Time 2)': 'done', 'Comments (Time 2)': 'Issued', 'Final status (Time 3)': 'done' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'completed at Time 2 and discarded at Time 3, both bare',
      input: sheets(
        matrix([
          rec(1, { 'Status (Time 2)': 'Completed' }),
          rec(2, { 'Status (Time 2)': 'open', 'Final status (Time 3)': 'discarded' }),
        ]),
      ),
      findings: [
        { cell: 'N2', params: { status: 'completed', time: 't2' } },
        { cell: 'P3', params: { status: 'no longer applicable', time: 't3' } },
      ],
    },
  ],
});
