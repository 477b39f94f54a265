import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';

export default cases({
  valid: [{ name: 'ISO and dd/mm/yyyy dates', input: sheets(workplan([{ Start: '10/01/2027', Due: '2027-02-15' }])) }],
  invalid: [
    {
      name: 'a start and a due that are no dates',
      input: sheets(workplan([{ Start: 'soon', Due: 'next month' }])),
      findings: [
        { cell: 'D2', value: 'soon' },
        { cell: 'E2', value: 'next month', params: { value: 'next month' } },
      ],
    },
  ],
});
