import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'a planned action with its date',
      input: sheets(mapping([{ 'Planned action': 'Train focal points', Timeline: '2027-03-01' }])),
    },
  ],
  invalid: [
    {
      name: 'a planned action with no date',
      input: sheets(mapping([{ 'Planned action': 'Train focal points' }])),
      findings: [{ cell: 'J2', params: {} }],
    },
  ],
});
