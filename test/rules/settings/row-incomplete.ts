import { cases } from '../tester.js';
import { matrix, settings, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'complete rows', input: sheets(matrix(), settings(['pillar', 1, 'Prevention', 1, 18], ['unit', 'XYZ'])) },
  ],
  invalid: [
    {
      name: 'a pillar without its range, a unit without its code',
      input: sheets(matrix(), settings(['pillar', 2, 'Response'], ['unit', null, 'Nameless unit'])),
      findings: [
        { sheet: 'Settings', row: 2, params: { type: 'pillar', needs: 'key, name, from, to' } },
        { sheet: 'Settings', row: 3, params: { type: 'unit', needs: 'key' } },
      ],
    },
  ],
});
