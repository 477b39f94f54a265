import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'the label its reference names, in French',
      input: sheets(matrix([rec(1, { 'Evaluation criterion': 'Cohérence interne' })])),
    },
  ],
  invalid: [
    {
      name: 'Efficiency on reference 6.2 (6 is Impact)',
      input: sheets(matrix([rec(1, { 'Evaluation ref.': '6.2', 'Evaluation criterion': 'Efficiency' })])),
      findings: [
        { cell: 'D2', suggestion: 'Impact', params: { value: 'Efficiency', ref: '6.2', digit: 6, expected: 'Impact' } },
      ],
    },
  ],
});
