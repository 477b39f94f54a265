import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [{ name: 'an area of the template', input: sheets(workplan([{ Area: 'Prevention' }])) }],
  invalid: [
    {
      name: 'an area of no template',
      input: sheets(workplan([{ Area: 'Comms' }])),
      findings: [{ cell: 'B2', value: 'Comms', params: { value: 'Comms' } }],
    },
  ],
});
