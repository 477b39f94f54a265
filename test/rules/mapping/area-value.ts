import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a value of the list, in another language', input: sheets(mapping([{ Area: 'Prévention', Gaps: 'x' }])) },
  ],
  invalid: [
    {
      name: 'a value that is none of the list',
      input: sheets(mapping([{ Area: 'Prevention and stuff' }])),
      findings: [{ cell: 'C2', value: 'Prevention and stuff', params: { value: 'Prevention and stuff' } }],
    },
  ],
});
