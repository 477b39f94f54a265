import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a value of the list, in another language', input: sheets(mapping([{ Standard: 'Norme 1', Gaps: 'x' }])) },
  ],
  invalid: [
    {
      name: 'a value that is none of the list',
      input: sheets(mapping([{ Standard: 'MOS-9' }])),
      findings: [{ cell: 'D2', value: 'MOS-9', params: { value: 'MOS-9' } }],
    },
  ],
});
