import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [{ name: 'due after start', input: sheets(workplan([{}])) }],
  invalid: [
    {
      name: 'due before start',
      input: sheets(workplan([{ Start: '2027-05-01', Due: '2027-04-15' }])),
      findings: [{ cell: 'E2', value: '2027-04-15', params: { due: '2027-04-15', start: '2027-05-01' } }],
    },
  ],
});
