import { cases } from '../tester.js';
import { matrix, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'complete rows; a pillar may come without its range',
      input: sheets(matrix(), settings(['pillar', 1, 'Prevention', 1, 18], ['pillar', 2, 'Response'], ['unit', 'XYZ'])),
    },
  ],
  invalid: [
    {
      name: 'a pillar with half a range, a unit without its code',
      input: sheets(matrix(), settings(['pillar', 2, 'Response', 19], ['unit', null, 'Nameless unit'])),
      findings: [
        { sheet: 'Settings', row: 2, params: { type: 'pillar', needs: 'key, name, from and to together' } },
        { sheet: 'Settings', row: 3, params: { type: 'unit', needs: 'key' } },
      ],
    },
  ],
});
