import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [
    {
      name: 'statuses in English and French',
      input: sheets(workplan([{ Status: 'In progress' }, { Status: 'Terminé' }])),
    },
  ],
  invalid: [
    {
      name: 'a typo',
      input: sheets(workplan([{ Status: 'Finshed' }])),
      findings: [{ cell: 'F2', value: 'Finshed', params: { value: 'Finshed' } }],
    },
  ],
});
