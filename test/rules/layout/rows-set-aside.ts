import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'no blank or section row', input: sheets(matrix([rec(1), rec(2)])) }],
  invalid: [
    {
      name: 'a blank row between two records, and a section row',
      input: sheets(matrix([['Pillar 1: Leadership'], rec(1), [], rec(2)])),
      findings: [
        { row: 4, params: { reason: 'blank', count: 1, rows: '4' } },
        { row: 2, params: { reason: 'section', count: 1, rows: '2' } },
      ],
    },
  ],
});
