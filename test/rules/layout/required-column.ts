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
      name: 'a matrix without its key actions column',
      input: sheets(without('Key actions')),
      findings: [
        { field: 'key_actions', params: { kind: 'management-response', field: 'key_actions', headerRow: '1' } },
      ],
    },
  ],
});
