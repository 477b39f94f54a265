import { cases } from '../tester.js';
import { settings, sheets } from '../support.js';
import { focalPoints } from '../support-inter.js';

export default cases({
  valid: [
    { name: 'acronyms and French names', input: sheets(focalPoints([{}, { Agency: 'HCR' }])) },
    {
      name: 'an agency the Settings sheet adds',
      input: sheets(focalPoints([{ Agency: 'KWN' }]), settings(['agency', 'KWN', 'Kestria Women Network'])),
    },
  ],
  invalid: [
    {
      name: 'a typo, counted under the agency it suggests',
      input: sheets(focalPoints([{ Agency: 'UNHRC' }])),
      findings: [{ cell: 'A2', suggestion: 'UNHCR', params: { value: 'UNHRC', nearest: 'UNHCR', counted: 'UNHCR' } }],
    },
  ],
});
