import { cases } from '../tester.js';
import { declared, matrix, rec, sheets } from '../support.js';

const rows = [rec(1), rec(2), rec(3, { 'Evaluation ref.': '5.1', 'Evaluation criterion': 'Efficiency' })];
const table2 = (internal: number, range: string, total: number) =>
  declared([
    ['Table 2: recommendations by criterion'],
    [null, 'Criterion', 'Recommendations #', 'TOTAL'],
    ['2', 'Internal coherence', range, internal],
    ['5', 'Efficiency', '5.1', 1],
    [null, null, 'TOTAL', total],
  ]);

export default cases({
  valid: [{ name: 'a Table 2 the rows agree with', input: sheets(matrix(rows), table2(2, '2.1 – 2.2', 3)) }],
  invalid: [
    {
      name: 'Table 2 declares 3 for 2.1 – 2.3; reference 2.3 is on no recommendation',
      input: sheets(matrix(rows), table2(3, '2.1 – 2.3', 4)),
      findings: [
        {
          sheet: 'Tables',
          row: 3,
          value: '3',
          suggestion: '2',
          params: { declared: 3, digit: 2, range: '2.1 – 2.3', computed: 2, causes: ' (2.3 on no recommendation)' },
        },
      ],
    },
  ],
});
