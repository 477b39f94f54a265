import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'statuses in their spellings',
      input: sheets(
        matrix([
          rec(1, { 'Status (Time 2)': 'En cours' }),
          rec(2, { 'Status (Time 2)': 'Done', 'Comments (Time 2)': 'ok' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo at Time 2 and a word at Time 3',
      input: sheets(
        matrix([rec(1, { 'Status (Time 2)': 'complted', 'Comments (Time 2)': 'x', 'Final status (Time 3)': 'soon' })]),
      ),
      findings: [
        { cell: 'M2', suggestion: 'completed', params: { value: 'complted' } },
        { cell: 'O2', params: { value: 'soon' } },
      ],
    },
  ],
});
