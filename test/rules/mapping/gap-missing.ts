import { cases } from '../tester.js';
import { mapping, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'not in place with its gap, in progress with its planned action',
      input: sheets(
        mapping([
          { Status: 'Not in place', Gaps: 'No policy yet' },
          { Standard: 'MOS-2', Status: 'In progress', 'Planned action': 'Draft', Timeline: '2027-01-31' },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'not in place, nothing said',
      input: sheets(mapping([{ Status: 'Not in place', Evidence: null }])),
      findings: [{ cell: 'G2', params: { status: 'Not in place' } }],
    },
  ],
});
