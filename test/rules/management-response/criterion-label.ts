import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'the label its reference names, in French',
      input: sheets(matrix([rec(1, { 'Evaluation criterion': 'Cohérence interne' })])),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'Efficiency on reference 6.2 (6 is Impact)',
      input: sheets(matrix([rec(1, { 'Evaluation ref.': '6.2', 'Evaluation criterion': 'Efficiency' })])),
      findings: [
        { cell: 'D2', suggestion: 'Impact', params: { value: 'Efficiency', ref: '6.2', digit: 6, expected: 'Impact' } },
      ],
    },
    {
      name: 'no settings: the label most 6.x rows carry is the criterion, the others disagree',
      input: sheets(
        matrix([
          rec(1, { 'Evaluation ref.': '5.1', 'Evaluation criterion': 'Efficiency' }),
          rec(2, { 'Evaluation ref.': '5.2', 'Evaluation criterion': 'Efficiency' }),
          rec(3, { 'Evaluation ref.': '6.1', 'Evaluation criterion': 'Impact' }),
          rec(4, { 'Evaluation ref.': '6.2', 'Evaluation criterion': 'Efficiency' }),
        ]),
      ),
      findings: [{ cell: 'D5', suggestion: 'Impact', params: { value: 'Efficiency', ref: '6.2', digit: 6 } }],
    },
  ],
});
