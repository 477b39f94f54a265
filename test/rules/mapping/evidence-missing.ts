import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'in place with its evidence', input: sheets(mapping([{}])) }],
  invalid: [
    {
      name: 'in place, no evidence',
      input: sheets(mapping([{ Evidence: null }])),
      findings: [{ cell: 'K2', params: {} }],
    },
  ],
});
