import { cases } from '../tester.js';
import { matrix, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'a visible sheet', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'a hidden matrix sheet, read all the same',
      input: sheets({ ...matrix(), name: 'Matrix (old)', hidden: 'hidden' }),
      findings: [{ sheet: 'Matrix (old)', params: { sheet: 'Matrix (old)', state: 'hidden' } }],
    },
  ],
});
