import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'a value of the list, in another language',
      input: sheets(mapping([{ 'Agency type': 'NNGO', Gaps: 'x' }])),
    },
  ],
  invalid: [
    {
      name: 'a value that is none of the list',
      input: sheets(mapping([{ 'Agency type': 'Charity' }])),
      findings: [{ cell: 'B2', value: 'Charity', params: { value: 'Charity' } }],
    },
  ],
});
