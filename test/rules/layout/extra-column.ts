import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const withColumn = (header: string) => {
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r, i) => [...r, i === 0 ? header : 'x']) };
};

export default cases({
  valid: [
    { name: 'every header is a field', input: sheets(matrix()) },
    { name: 'a misspelt header is unknown, not extra', input: sheets(withColumn('Managment respons')) },
  ],
  invalid: [
    {
      name: 'a column of its own',
      input: sheets(withColumn('Funding required (Yes/No)')),
      findings: [{ cell: 'Q1', value: 'Funding required (Yes/No)', params: { column: 'Q' } }],
    },
    {
      name: 'a budget column',
      input: sheets(withColumn('Budget (€)')),
      findings: [{ cell: 'Q1', params: { header: 'Budget (€)' } }],
    },
  ],
});
