import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';
import { checklist } from '../support-inter.js';

const near = {
  name: 'Checklist',
  rows: [
    ['Organization', '1. PSEA policy', '7. Staff awareness-raising', '2. Cooperative arrangements', 'MOS 3'],
    ['UNICEF', 'Yes', 'Partially', 'Yes', 'Yes'],
  ],
};

export default cases({
  valid: [
    {
      name: 'standards by id, prefix and number, official name',
      input: sheets(checklist(), mapping([{}, { Standard: 'Cooperative arrangements' }])),
    },
  ],
  invalid: [
    {
      name: 'a checklist column and a cell read from near spellings',
      input: sheets(near, mapping([{ Standard: 'Staff awareness raising', Area: 'Prevention' }])),
      findings: [
        { cell: 'C1', suggestion: 'MOS-7', params: { value: '7. Staff awareness-raising', standard: 'MOS-7' } },
        { cell: 'D2', suggestion: 'MOS-7', params: { value: 'Staff awareness raising', standard: 'MOS-7' } },
      ],
    },
  ],
});
