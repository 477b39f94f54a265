import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';
import { checklist } from '../support-inter.js';

export default cases({
  valid: [
    { name: 'a checklist with every standard answered', input: sheets(checklist([{}, { Agency: 'WFP' }])) },
    { name: 'a long row with its status', input: sheets(mapping([{}])) },
  ],
  invalid: [
    {
      name: 'an empty standard cell of a checklist, and a long row with no status',
      input: sheets(checklist([{ Agency: 'WFP', 'MOS 8': null }]), mapping([{ Status: null }])),
      findings: [
        { sheet: 'Checklist', cell: 'I2', params: { agency: 'WFP', standard: 'MOS-8' } },
        { sheet: 'Mapping', cell: 'E2', params: { agency: 'UNFPA', standard: 'MOS-1' } },
      ],
    },
  ],
});
