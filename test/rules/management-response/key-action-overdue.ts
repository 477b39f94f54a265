import { cases } from '../tester.js';
import { action, sheets, tracker } from '../support.js';

const rec1 = { 'Rec #': 1, Recommendation: 'Train staff', 'Management response': 'Agree', 'Responsible unit(s)': 'HR' };

export default cases({
  valid: [
    {
      name: 'due later, due before but completed, no longer applicable',
      input: sheets(
        tracker([
          action({ ...rec1, 'Key action': '1.1 Run sessions', 'Due date': '2027/03', Status: 'Initiated' }),
          action({ 'Key action': '1.2 Track', 'Due date': '2025/06', Status: 'Completed', Comments: 'Done' }),
          action({ 'Key action': '1.3 Print', 'Due date': 'Q1 2025', Status: 'Discarded', Comments: 'Dropped' }),
        ]),
      ),
    },
    {
      name: 'a sheet with no status column: nothing says whether it was done',
      input: sheets(
        tracker(
          [['1', 'Train staff', 'Agree', '1.1 Run sessions', 'HR', '2025/06']],
          ['Rec #', 'Recommendation', 'Management response', 'Key action', 'Responsible unit(s)', 'Due date'],
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'due June 2025 and still initiated; "Overdue-Initiated" due September 2025',
      input: sheets(
        tracker([
          action({ ...rec1, 'Key action': '1.1 Run sessions', 'Due date': '2025/06', Status: 'Initiated' }),
          action({ 'Key action': '1.2 Track', 'Due date': '2025/09', Status: 'Overdue-Initiated' }),
        ]),
      ),
      findings: [
        {
          cell: 'F2',
          value: '2025/06',
          params: {
            no: '1.1',
            due: '2025/06',
            date: '2025-06-30',
            status: 'in progress',
            asOf: '2026-11-23',
            days: 511,
          },
        },
        { cell: 'F3', params: { no: '1.2', date: '2025-09-30', days: 419 } },
      ],
    },
    {
      name: 'due written as the ISO date: the date once, no text as written beside it',
      input: sheets(
        tracker([action({ ...rec1, 'Key action': '1.1 Run sessions', 'Due date': '2025-04-19', Status: 'Initiated' })]),
      ),
      findings: [{ cell: 'F2', value: '2025-04-19', params: { no: '1.1', due: '', date: '2025-04-19', days: 583 } }],
    },
  ],
});
