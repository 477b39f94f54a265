import { cases } from '../tester.js';
import { acceptedAction, sheets, tracker } from '../support.js';

const rec = (n: number, due: string | number) => acceptedAction(n, due);

export default cases({
  valid: [
    {
      name: 'due dates as people write them, in English, French and Spanish',
      input: sheets(
        tracker(
          [
            '2027-03-31',
            '31/03/2027',
            '2027/03',
            'Mar 2027',
            'March 29, 2027',
            'Q1 2027',
            'End May 2027',
            'By 15th April',
            'No due date',
            'fin juin 2027',
            'T1 2027',
            'diciembre de 2027',
            46477,
          ].map((due, i) => rec(i + 1, due)),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: '"as soon as possible", and a 31st of April',
      input: sheets(tracker([rec(1, 'dès que possible'), rec(2, '31/04/2026')])),
      findings: [
        { cell: 'F2', value: 'dès que possible', params: { value: 'dès que possible' } },
        { cell: 'F3', value: '31/04/2026' },
      ],
    },
  ],
});
