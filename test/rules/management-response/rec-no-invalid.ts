import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'numbers as people write them',
      input: sheets(matrix([rec(1, { 'Rec #': 'Rec 1' }), rec(2, { 'Rec #': '#2' }), rec(3, { 'Rec #': 3.0 })])),
    },
  ],
  invalid: [
    {
      name: 'a word and a negative number',
      input: sheets(matrix([rec(1), rec(2, { 'Rec #': 'two' }), rec(3, { 'Rec #': -3 })])),
      findings: [
        { cell: 'A3', value: 'two', params: { value: 'two' } },
        { cell: 'A4', value: '-3' },
      ],
    },
  ],
});
