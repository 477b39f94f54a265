import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';
import { gantt } from '../support-inter.js';

export default cases({
  valid: [
    { name: 'dates, a due date alone, marked quarters', input: sheets(workplan([{}, { Start: null }]), gantt()) },
  ],
  invalid: [
    {
      name: 'no date at all, and no quarter marked',
      input: sheets(workplan([{ Start: null, Due: null }]), gantt([{ 'Q1 2027': null, 'Q2 2027': null }])),
      findings: [
        { sheet: 'Workplan', cell: 'E2', params: { value: '—' } },
        { sheet: 'Workplan', cell: 'D2', params: { value: '—' } },
      ],
    },
  ],
});
