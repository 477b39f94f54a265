import { cases } from '../tester.js';
import { book, workplan } from '../support.js';

/** A workplan whose one task is due on serial 46400 (2027-01-13), its cell date-formatted or not. */
function serialDue(formatted: boolean) {
  const sheet = workplan([{ Start: null, Due: 46400 }]);
  return { workbooks: [book([formatted ? { ...sheet, dateCells: [undefined, [4]] } : sheet])] };
}

export default cases({
  valid: [
    { name: 'a serial in a date-formatted cell (a date, as Excel shows it)', input: serialDue(true) },
    { name: 'a due date typed yyyy-mm-dd', input: { workbooks: [book([workplan([{ Due: '2027-01-13' }])])] } },
  ],
  invalid: [
    {
      name: 'a serial in a cell with the General format',
      input: serialDue(false),
      findings: [{ field: 'due', cell: 'E2', value: '46400', params: { value: '46400', date: '2027-01-13' } }],
    },
  ],
});
