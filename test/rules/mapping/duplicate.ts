import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'two standards of one agency', input: sheets(mapping([{}, { Standard: 'MOS-2' }])) }],
  invalid: [
    {
      name: 'UNFPA on MOS-1 twice, the second time on another sheet',
      input: sheets(mapping([{}]), mapping([{ Status: 'In progress', Gaps: 'x' }], 'Mapping 2')),
      findings: [
        {
          sheet: 'Mapping 2',
          row: 2,
          value: 'MOS-1',
          params: { agency: 'UNFPA', standard: 'MOS-1', firstSheet: 'Mapping', firstRow: 2 },
        },
      ],
    },
  ],
});
