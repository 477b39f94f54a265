import { cases } from '../tester.js';
import { acceptedAction, sheets, tracker } from '../support.js';

const rec = (n: number, due: string | number) => acceptedAction(n, due);

export default cases({
  valid: [{ name: 'every date with its year', input: sheets(tracker([rec(1, '15 April 2027'), rec(2, 'Q1 2027')])) }],
  invalid: [
    {
      name: '"By 15th April" on a sheet whose other dates are in 2027',
      input: sheets(tracker([rec(1, 'By 15th April'), rec(2, 'Q1 2027'), rec(3, 'Dec 2027')])),
      findings: [{ cell: 'F2', suggestion: '2027-04-15', params: { date: '2027-04-15', from: 'sheet' } }],
    },
    {
      name: 'no other date to go by: the year of the run date',
      input: sheets(tracker([rec(1, 'By 15th April')])),
      findings: [{ cell: 'F2', params: { value: 'By 15th April', date: '2026-04-15', from: 'as-of' } }],
    },
  ],
});
