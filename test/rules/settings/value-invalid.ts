import { cases } from '../tester.js';
import { mapping, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'an agency type of the list, in French',
      input: sheets(mapping(), settings(['agence', 'KWN', 'Kestria', 'ONGN'])),
    },
  ],
  invalid: [
    {
      name: 'an agency type that is not one',
      input: sheets(mapping(), settings(['agency', 'KWN', 'Kestria Women Network', 'Charity'])),
      findings: [{ sheet: 'Settings', row: 2, params: { value: 'Charity', column: 'D' } }],
    },
  ],
});
