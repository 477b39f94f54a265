import { cases } from '../tester.js';
import { acceptedAction, action, matrix, rec, sheets, tracker } from '../support.js';

const accepted = (n: number, due: string | null) => acceptedAction(n, due, `${n}.1 Act`);

export default cases({
  valid: [
    {
      name: 'an accepted recommendation with its date; one not accepted without',
      input: sheets(
        tracker([
          accepted(1, 'Q2 2027'),
          action({ 'Rec #': 2, Recommendation: 'R2', 'Management response': 'Disagree – outside our mandate' }),
        ]),
      ),
    },
    { name: 'a matrix with no due-date column', input: sheets(matrix([rec(1)])) },
  ],
  invalid: [
    {
      name: '"No due date" and a blank date on accepted recommendations',
      input: sheets(tracker([accepted(1, 'No due date'), accepted(2, null)])),
      findings: [
        { cell: 'F2', value: 'No due date', params: { no: '1.1', rec: 1 } },
        { cell: 'F3', params: { no: '2.1', rec: 2 } },
      ],
    },
  ],
});
