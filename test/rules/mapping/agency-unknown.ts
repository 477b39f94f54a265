import { cases } from '../tester.js';
import { mapping, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'acronyms, full names and other spellings',
      input: sheets(mapping([{ Agency: 'UNFPA' }, { Agency: 'Unicef', Standard: 'MOS-2' }])),
    },
    {
      name: 'an agency the Settings sheet adds',
      input: sheets(mapping([{ Agency: 'KWN' }]), settings(['agency', 'KWN', 'Kestria Women Network', 'NNGO'])),
    },
  ],
  invalid: [
    {
      name: 'a typo, and a name of no list',
      input: sheets(mapping([{ Agency: 'UNFAP' }, { Agency: 'Kestria Women Network', Standard: 'MOS-2' }])),
      findings: [
        { cell: 'A2', suggestion: 'UNFPA', params: { value: 'UNFAP', nearest: 'UNFPA' } },
        { cell: 'A3', params: { value: 'Kestria Women Network', nearest: '—' } },
      ],
    },
  ],
});
