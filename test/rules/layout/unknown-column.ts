import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const withColumn = (header: string) => {
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r, i) => [...r, i === 0 ? header : 'x']) };
};

export default cases({
  valid: [{ name: 'every header is a field', input: sheets(matrix()) }],
  invalid: [
    {
      name: 'a misspelt header gets the nearest field',
      input: sheets(withColumn('Managment respons')),
      findings: [{ cell: 'Q1', value: 'Managment respons', suggestion: 'response', params: { column: 'Q' } }],
    },
    {
      name: 'a column of its own',
      input: sheets(withColumn('Budget (€)')),
      findings: [{ cell: 'Q1', value: 'Budget (€)', params: { column: 'Q', header: 'Budget (€)' } }],
    },
  ],
});
