import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'labels in any case and language',
      input: sheets(
        matrix([
          rec(1, { 'Evaluation criterion': 'INTERNAL COHERENCE' }),
          rec(2, { 'Evaluation criterion': 'Coherencia interna' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'a misspelt label gets the nearest name',
      input: sheets(matrix([rec(1, { 'Evaluation criterion': 'Internal coherense' })])),
      findings: [{ cell: 'D2', suggestion: 'Internal coherence', params: { value: 'Internal coherense' } }],
    },
  ],
});
