import { cases } from '../tester.js';
import { declared, matrix, rec, sheets } from '../support.js';

/** Recommendation 4 answered point by point: a Not accept, b Accept, c Partially accept. */
const rows = [
  rec(4, { 'Management response': null }),
  rec(4, { Point: 'a', 'Management response': 'Not accept', Rationale: 'No budget', 'Key actions': null }),
  rec(4, { Point: 'b', 'Management response': 'Accept' }),
  rec(4, { Point: 'c', 'Management response': 'Partially accept', Rationale: 'Part only' }),
];

export default cases({
  valid: [
    {
      name: 'a note that says what the points say',
      input: sheets(
        matrix(rows),
        declared([
          [
            '¹ Recommendation 4 has three elements – one was not accepted, one was accepted and one was partially ' +
              'accepted.',
          ],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'the note counts two partially accepted elements',
      input: sheets(
        matrix(rows),
        declared([['1 Recommendation #4 has three elements - one was not accepted and two were partially accepted.']]),
      ),
      findings: [
        {
          sheet: 'Tables',
          row: 1,
          params: {
            rec: 4,
            elements: 3,
            declared: '2 Partially accept, 1 Not accept',
            computed: 'a Not accept, b Accept, c Partially accept',
          },
        },
      ],
    },
  ],
});
