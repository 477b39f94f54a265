import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { focalPoints } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'addresses, two in one cell',
      input: sheets(focalPoints([{}, { Email: 'a@example.org; b.c@un.example.int' }])),
    },
  ],
  invalid: [
    {
      name: 'no domain suffix, no @',
      input: sheets(focalPoints([{ Email: 'jean.martin@oim' }, { Email: 'kofi at example.org' }])),
      findings: [
        { cell: 'D2', value: 'jean.martin@oim', params: { value: 'jean.martin@oim' } },
        { cell: 'D3', params: { value: 'kofi at example.org' } },
      ],
    },
  ],
});
