import { cases } from '../tester.js';
import { sheets, workplan } from '../support.js';
import { gantt } from '../support-inter.js';

const seed = {
  name: 'Seed',
  rows: [
    ['Task', 'Responsible Org.', 'Timeline', 'Indicator'],
    ['First meeting', 'UNRCO', '31st of March', 'Held'],
    ['Endorsement', 'UNCT', 'End May 2021', 'Endorsed'],
  ],
};

const months = {
  name: 'Months',
  rows: [
    ['Workplan 2027'],
    ['Activity', 'Responsible', 'Indicator', 'Jan', 'Feb', 'Mar'],
    ['Train', 'UNFPA', 'Trained', 'x', null, null],
  ],
};

export default cases({
  valid: [{ name: 'dates with their year, quarters with theirs', input: sheets(workplan(), gantt()) }],
  invalid: [
    {
      name: 'a day without a year takes the year a timeline states; months take the title’s',
      input: sheets(seed, months),
      options: { asOf: '2021-03-01' },
      findings: [
        { sheet: 'Seed', cell: 'C3', params: { count: 1, year: 2021, source: 'timeline' } },
        { sheet: 'Months', cell: 'A1', params: { count: 1, year: 2027, source: 'title' } },
      ],
    },
  ],
});
