import { cases } from '../tester.js';
import { matrix, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'every type known, in any language (an agency row on a matrix workbook too)',
      input: sheets(
        matrix(),
        settings(['pillar', 1, 'Prevention', 1, 18], ['unité', 'XYZ', 'Example unit'], ['agency', 'KWN', 'Kestria']),
      ),
    },
  ],
  invalid: [
    {
      name: 'a row of type "widget"',
      input: sheets(matrix(), settings(['unit', 'XYZ', 'Example unit'], ['widget', 'x'])),
      findings: [{ sheet: 'Settings', row: 3, cell: 'A3', params: { type: 'widget' } }],
    },
  ],
});
