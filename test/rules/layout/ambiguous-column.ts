import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

const withColumn = (header: string) => {
  const sheet = matrix([rec(1)]);
  return { ...sheet, rows: sheet.rows.map((r, i) => [...r, i === 0 ? header : 'PSEAH']) };
};

export default cases({
  valid: [
    { name: 'every header names one field', input: sheets(matrix()) },
    { name: 'a header of its own is unknown, not ambiguous', input: sheets(withColumn('Budget (€)')) },
  ],
  invalid: [
    {
      name: 'responsible and support in one header',
      input: sheets(withColumn('Responsible / support units')),
      findings: [
        {
          cell: 'Q1',
          value: 'Responsible / support units',
          params: { column: 'Q', fields: 'responsible_units, support_units' },
        },
      ],
    },
    {
      name: 'two rounds in one status header',
      input: sheets(withColumn('Status (Time 2 / Time 3)')),
      findings: [{ cell: 'Q1', params: { fields: 'status_t2, status_t3' } }],
    },
  ],
});
