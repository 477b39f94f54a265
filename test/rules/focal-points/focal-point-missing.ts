import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { focalPoints } from '../support-inter.js';

const empty = { Name: null, Title: null, Email: null, Phone: null, 'Trained on': null, 'Appointed on': null };

export default cases({
  valid: [
    { name: 'each agency with a focal point', input: sheets(focalPoints([{}, { Agency: 'WHO' }])) },
    { name: 'an empty row for an agency that has one on another row', input: sheets(focalPoints([{}, empty])) },
  ],
  invalid: [
    {
      // An agency alone on its row, every other cell empty, is a note (a title, as far as the table can tell).
      name: 'an agency listed with nobody, its focal point to be appointed',
      input: sheets(focalPoints([{}, { Agency: 'UN Women', ...empty, Title: 'To be appointed' }])),
      findings: [{ cell: 'B3', params: { agency: 'UN Women' } }],
    },
  ],
});
