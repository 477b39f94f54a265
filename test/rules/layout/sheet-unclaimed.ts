import { cases } from '../tester.js';
import { matrix, sheets } from '../support.js';

const budget = {
  name: 'Budget 2026',
  rows: [
    ['PSEA network budget'],
    [],
    ['Budget line', 'Description', 'Amount (USD)', 'Number of staff', 'Responsible', 'Quarter'],
    ['1.1', 'Training of focal points', 12000, 2, 'PSEA coordinator', 'Q1'],
  ],
};

export default cases({
  valid: [
    { name: 'a workbook with a matrix', input: sheets(matrix(), { name: 'Contacts', rows: [['Name', 'Email']] }) },
  ],
  invalid: [
    {
      name: 'a contact list of two columns: the focal-point list comes closest, short of its three',
      input: sheets({
        name: 'Contacts',
        rows: [
          ['Name', 'Email'],
          ['A. Person', 'a@example.org'],
        ],
      }),
      findings: [{ sheet: 'Contacts', row: 1, params: { sheet: 'Contacts', rows: '1', kind: 'focal-points' } }],
    },
    {
      name: 'a budget: the header tried, the closest template, each column’s closest field',
      input: sheets(budget),
      findings: [
        {
          sheet: 'Budget 2026',
          row: 3,
          params: {
            rows: '3',
            kind: 'action-plan',
            columns:
              'A "Budget line" –; B "Description" → task (100%); C "Amount (USD)" –; ' +
              'D "Number of staff" → ref (50%); E "Responsible" → responsible_orgs (100%); F "Quarter" –',
          },
        },
      ],
    },
  ],
});
