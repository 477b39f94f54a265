import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [
    {
      name: 'past due but completed, and due later',
      input: sheets(workplan([{ Due: '2021-04-15', Start: '2021-04-01', Status: 'Completed' }, {}])),
      options: { asOf: '2021-05-01' },
    },
  ],
  invalid: [
    {
      name: 'past due and in progress',
      input: sheets(workplan([{ Start: '2021-04-01', Due: '2021-04-15', Status: 'In progress' }])),
      options: { asOf: '2021-05-01' },
      findings: [
        {
          cell: 'E2',
          value: '2021-04-15',
          params: { days: 16, due: '2021-04-15', status: 'In progress', asOf: '2021-05-01' },
        },
      ],
    },
  ],
});
