import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const withRepeat = (header: string) => {
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r, i) => [...r, i === 0 ? header : 1]) };
};

export default cases({
  valid: [{ name: 'each field in one column', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'Pillar twice',
      input: sheets(withRepeat('Pillar')),
      findings: [
        { cell: 'Q1', field: 'pillar', params: { field: 'pillar', used: 'C', column: 'Q', header: 'Pillar' } },
      ],
    },
  ],
});
