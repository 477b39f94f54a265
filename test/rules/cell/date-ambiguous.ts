import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [
    {
      name: 'a date another date of the sheet settles (31/03 can only be day first)',
      input: sheets(workplan([{ Start: '03/04/2027', Due: '31/05/2027' }])),
    },
  ],
  invalid: [
    {
      name: 'a due date that reads both ways, alone on its sheet',
      input: sheets(workplan([{ Start: null, Due: '03/04/2027' }])),
      findings: [
        {
          field: 'due',
          value: '03/04/2027',
          suggestion: '2027-04-03',
          params: { dmy: '2027-04-03', mdy: '2027-03-04' },
        },
      ],
    },
  ],
});
