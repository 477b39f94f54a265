import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [
    {
      name: 'agencies and coordination bodies, split on , / and "and"',
      input: sheets(workplan([{ 'Responsible Org.': 'UNFPA, IOM / OHCHR and UNICEF; PSEA Task Team' }])),
    },
  ],
  invalid: [
    {
      name: 'a typo of an agency, and a ministry of no list',
      input: sheets(workplan([{ 'Responsible Org.': 'UNFAP; Ministry of Planning' }])),
      findings: [
        { cell: 'C2', value: 'UNFAP', suggestion: 'UNFPA', params: { value: 'UNFAP', nearest: 'UNFPA' } },
        { cell: 'C2', value: 'Ministry of Planning', params: { nearest: '—' } },
      ],
    },
  ],
});
