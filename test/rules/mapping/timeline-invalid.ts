import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'dates as people type them',
      input: sheets(mapping([{ Timeline: '31/03/2027' }, { Standard: 'MOS-2', Timeline: '2027-04-30' }])),
    },
  ],
  invalid: [
    {
      name: 'a timeline that is no date',
      input: sheets(mapping([{ 'Planned action': 'Train', Timeline: 'soon' }])),
      findings: [{ cell: 'J2', value: 'soon', params: { value: 'soon' } }],
    },
  ],
});
