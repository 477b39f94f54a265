import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a value of the list, in another language', input: sheets(mapping([{ Status: 'En cours', Gaps: 'x' }])) },
  ],
  invalid: [
    {
      name: 'a value that is none of the list',
      input: sheets(mapping([{ Status: 'Unsure' }])),
      findings: [{ cell: 'E2', value: 'Unsure', params: { value: 'Unsure' } }],
    },
  ],
});
