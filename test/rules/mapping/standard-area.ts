import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'MOS-1 under its area', input: sheets(mapping([{}])) }],
  invalid: [
    {
      name: 'MOS-1 under another area',
      input: sheets(mapping([{ Area: 'Prevention' }])),
      findings: [
        { cell: 'C2', value: 'Prevention', suggestion: 'Management and coordination', params: { standard: 'MOS-1' } },
      ],
    },
  ],
});
