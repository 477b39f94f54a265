import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'references N.M of known criteria',
      input: sheets(matrix([rec(1, { 'Evaluation ref.': '4.12', 'Evaluation criterion': 'Effectiveness' })])),
    },
    {
      name: 'no criteria declared: any N.M',
      input: sheets(matrix([rec(1, { 'Evaluation ref.': '8.1', 'Evaluation criterion': null })])),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'a bare number, and a digit no criterion has',
      input: sheets(
        matrix([
          rec(1, { 'Evaluation ref.': '9' }),
          rec(2, { 'Evaluation ref.': '8.1', 'Evaluation criterion': null }),
        ]),
      ),
      findings: [
        { cell: 'E2', value: '9', params: { value: '9' } },
        { cell: 'E3', value: '8.1' },
      ],
    },
  ],
});
