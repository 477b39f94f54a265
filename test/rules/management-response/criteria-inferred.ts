import { cases } from '../tester.js';
import { IOM, declared, matrix, rec, sheets } from '../support.js';

const rows = [rec(1), rec(2), rec(3, { 'Evaluation ref.': '5.1', 'Evaluation criterion': 'Efficiency' })];

export default cases({
  valid: [
    { name: 'criteria from a profile', input: sheets(matrix(rows)), ...IOM },
    { name: 'no settings, every label agrees with its digit: nothing to explain', input: sheets(matrix(rows)) },
    {
      name: 'criteria from a declared table',
      input: sheets(
        matrix(rows),
        declared([
          ['2', 'Internal coherence', '2.1 – 2.2', 2],
          ['5', 'Efficiency', '5.1', 1],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'no settings and no table, and a row that disagrees: what was read is said',
      input: sheets(matrix([...rows, rec(4, { 'Evaluation ref.': '5.2', 'Evaluation criterion': 'Impact' })])),
      findings: [{ field: 'criterion', params: { criteria: '2 Internal coherence, 5 Efficiency' } }],
    },
  ],
});
