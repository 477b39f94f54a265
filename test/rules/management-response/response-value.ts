import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'responses in their spellings',
      input: sheets(
        matrix([rec(1, { 'Management response': 'Agreed' }), rec(2, { 'Management response': 'Aceptada' })]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a typo gets the nearest response; a word that is none gets no suggestion',
      input: sheets(matrix([rec(1, { 'Management response': 'Acept' }), rec(2, { 'Management response': 'Maybe' })])),
      findings: [
        { cell: 'J2', value: 'Acept', suggestion: 'Accept', params: { value: 'Acept' } },
        { cell: 'J3', value: 'Maybe', params: { value: 'Maybe' } },
      ],
    },
  ],
});
