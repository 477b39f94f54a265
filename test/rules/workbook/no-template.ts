import { cases } from '../tester.js';
import { matrix, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a workbook with a matrix', input: sheets(matrix(), { name: 'Contacts', rows: [['Name', 'Email']] }) },
  ],
  invalid: [
    {
      name: 'a contact list only',
      input: sheets({
        name: 'Contacts',
        rows: [
          ['Name', 'Email'],
          ['A. Person', 'a@example.org'],
        ],
      }),
      findings: [{ file: 'case.xlsx', params: { min: 3, rows: 20 } }],
    },
  ],
});
