import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const pointed = (stated: string, a: string, b: string) =>
  sheets(
    matrix([
      rec(4, { 'Management response': stated, Rationale: 'see points' }),
      rec(4, { Point: 'a', 'Evaluation ref.': null, 'Management response': a, Rationale: 'r' }),
      rec(4, { 'Rec #': null, Point: 'b', 'Evaluation ref.': null, 'Management response': b, Rationale: 'r' }),
    ]),
  );

export default cases({
  valid: [
    { name: 'a mix of points stated as Partially accept', input: pointed('Partially accept', 'Accept', 'Not accept') },
    { name: 'n/a points left out of the roll-up', input: pointed('Accept', 'Accept', 'n/a') },
  ],
  invalid: [
    {
      name: 'Accept stated over a mix',
      input: pointed('Accept', 'Accept', 'Not accept'),
      findings: [
        {
          row: 2,
          suggestion: 'Partially accept',
          params: { rec: 4, stated: 'Accept', rolled: 'Partially accept', points: 'a: Accept, b: Not accept' },
        },
      ],
    },
  ],
});
