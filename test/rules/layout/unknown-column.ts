import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const withColumn = (header: string) => {
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r, i) => [...r, i === 0 ? header : 'x']) };
};

export default cases({
  valid: [
    { name: 'every header is a field', input: sheets(matrix()) },
    { name: 'a column of its own is extra, not unknown', input: sheets(withColumn('Budget (€)')) },
  ],
  invalid: [
    {
      name: 'a misspelt header gets the nearest field',
      input: sheets(withColumn('Managment respons')),
      findings: [{ cell: 'Q1', value: 'Managment respons', suggestion: 'response', params: { column: 'Q' } }],
    },
    {
      name: 'the status of something else comes close to the status field',
      input: sheets(withColumn('Budget status')),
      findings: [{ cell: 'Q1', value: 'Budget status', suggestion: 'status' }],
    },
  ],
});
