import { cases } from '../tester.js';
import { sheets, tracker } from '../support.js';

const HEADER = ['Rec #', 'Recommendation', 'Management response', 'Recommendation status', 'Key action', 'Status'];

export default cases({
  valid: [
    {
      name: 'completed, with every key action completed or no longer applicable',
      input: sheets(
        tracker(
          [
            [1, 'R1', 'Accept', 'Completed', '1.1 A', 'Completed'],
            [null, null, null, null, '1.2 B', 'No longer applicable'],
          ],
          HEADER,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: '"Completada" while key action 1.2 is "En curso"',
      input: sheets(
        tracker(
          [
            [1, 'R1', 'Aceptada', 'Completada', '1.1 A', 'Completada'],
            [null, null, null, null, '1.2 B', 'En curso'],
          ],
          HEADER,
        ),
      ),
      findings: [{ cell: 'D2', params: { rec: 1, open: '1.2' } }],
    },
  ],
});
