import { cases } from '../tester.js';
import { IOM, declared, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      ...IOM,
      name: 'each recommendation in its range',
      input: sheets(matrix([rec(1, { Pillar: 1 }), rec(19, { Pillar: 2 })])),
    },
    {
      name: 'no ranges anywhere: a stated pillar is the pillar',
      input: sheets(matrix([rec(1, { Pillar: 2 }), rec(19, { Pillar: 1 })])),
    },
  ],
  invalid: [
    {
      ...IOM,
      name: 'recommendation 1 stated in pillar 2, from a section row',
      input: sheets(matrix([['Pillar 2: Institutional Accountability and Transparency'], rec(1, { Pillar: null })])),
      findings: [{ cell: 'C3', suggestion: '1', params: { rec: 1, pillar: 2, expected: 1, from: 1, to: 18 } }],
    },
    {
      name: 'no settings: the ranges of a declared table by pillar',
      input: sheets(
        matrix([rec(1, { Pillar: 1 }), rec(2, { Pillar: 1 }), rec(3, { Pillar: 1 })]),
        declared([
          ['1', 'Prevention', '1 - 2', 2],
          ['2', 'Response', '3 - 3', 1],
        ]),
      ),
      findings: [{ cell: 'C4', suggestion: '2', params: { rec: 3, pillar: 1, expected: 2, expectedName: 'Response' } }],
    },
  ],
});
