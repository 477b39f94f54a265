import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';
import { HEADER } from '../../helpers.js';

const without = (column: string) => {
  const at = HEADER.indexOf(column);
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r) => r.filter((_, i) => i !== at)) };
};

export default cases({
  valid: [{ name: 'a matrix with every required column', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'a matrix without its management response column',
      input: sheets(without('Management response')),
      findings: [{ field: 'response', params: { kind: 'management-response', field: 'response', headerRow: '1' } }],
    },
  ],
});
