import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { focalPoints } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'ISO, dd/mm/yyyy and Excel dates',
      input: sheets(focalPoints([{}, { 'Trained on': '14/01/2025', 'Appointed on': 45667 }])),
    },
  ],
  invalid: [
    {
      name: '31 February, and a word',
      input: sheets(focalPoints([{ 'Trained on': '31/02/2025' }, { 'Appointed on': 'last year' }])),
      findings: [
        { cell: 'F2', params: { value: '31/02/2025' } },
        { cell: 'G3', params: { value: 'last year' } },
      ],
    },
  ],
});
