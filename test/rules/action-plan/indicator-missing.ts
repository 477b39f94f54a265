import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';
import { gantt } from '../support-inter.js';

const noColumn = {
  name: 'Seed',
  rows: [
    ['Task', 'Responsible Org.', 'Timeline'],
    ['Brief the country team', 'UNRCO', '2027-04-06'],
  ],
};

export default cases({
  valid: [{ name: 'every task with its indicator', input: sheets(workplan([{}, { Task: 'Train' }]), gantt()) }],
  invalid: [
    {
      name: 'an empty indicator cell, and a sheet with no indicator column',
      input: sheets(workplan([{ Indicator: null }]), noColumn),
      findings: [
        { sheet: 'Workplan', cell: 'G2', params: { scope: 'task', count: 1 } },
        { sheet: 'Seed', cell: 'A1', params: { scope: 'sheet', count: 1 } },
      ],
    },
  ],
});
