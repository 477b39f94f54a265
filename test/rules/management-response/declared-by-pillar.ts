import { cases } from '../tester.js';
import { declared, matrix, rec, sheets } from '../support.js';

const rows = [rec(1, { Pillar: null }), rec(2, { Pillar: null }), rec(3, { Pillar: null }), rec(4, { Pillar: null })];
const table3 = (second: string, count: number) =>
  declared([
    ['Table 3: recommendations by pillar'],
    [null, null, 'Rec #', 'TOTAL'],
    ['1', 'Prevention', '1 - 2', 2],
    ['2', 'Response', second, count],
  ]);

export default cases({
  valid: [{ name: 'a Table 3 whose ranges and counts the rows fill', input: sheets(matrix(rows), table3('3 - 4', 2)) }],
  invalid: [
    {
      name: 'Table 3 declares 3 for 3 - 5; there is no recommendation 5',
      input: sheets(matrix(rows), table3('3 - 5', 3)),
      findings: [
        {
          sheet: 'Tables',
          row: 4,
          suggestion: '2',
          params: { declared: 3, pillar: 2, name: 'Response', computed: 2, causes: ' (#5 on no recommendation)' },
        },
      ],
    },
  ],
});
