import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'a pillar by number, by "Pillar N" and by name',
      input: sheets(
        matrix([
          rec(1, { Pillar: 1 }),
          rec(2, { Pillar: 'Pillar 1' }),
          rec(3, { Pillar: 'Leadership and Organizational Culture' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'pillar 9 of an evaluation with five',
      input: sheets(matrix([rec(1, { Pillar: 9 })])),
      findings: [{ cell: 'C2', value: '9', params: { value: '9', known: '1, 2, 3, 4, 5' } }],
    },
  ],
});
