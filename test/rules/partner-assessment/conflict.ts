import { cases } from '../tester.js';
import { batch, book, sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

const unicef = assessments(assessmentRows([3, 2, 3, 2, 2, 2], { 'Assessment Date': '2025-06-15' }));
const unhcr = (ratings: number[]) =>
  assessments(assessmentRows(ratings, { Agency: 'UNHCR', 'Assessment Date': '2026-04-10' }));

export default cases({
  valid: [
    {
      name: 'two agencies, the same risk',
      input: batch(book([unicef], 'unicef.xlsx'), book([unhcr([3, 2, 2, 2, 2, 2])], 'acnur.xlsx')),
    },
    {
      name: 'one agency reassessing',
      input: sheets(
        assessments([...assessmentRows([1, 1, 1, 1, 1, 1], { 'Assessment Date': '2024-01-01' }), ...assessmentRows()]),
      ),
    },
  ],
  invalid: [
    {
      name: 'Moderate for UNICEF, Low for UNHCR later',
      input: batch(book([unicef], 'unicef.xlsx'), book([unhcr([3, 3, 3, 2, 3, 2])], 'acnur.xlsx')),
      findings: [
        {
          file: 'acnur.xlsx',
          cell: 'F2',
          params: {
            agency1: 'UNICEF',
            risk1: 'Moderate',
            total1: 14,
            file1: 'unicef.xlsx',
            agency2: 'UNHCR',
            risk2: 'Low',
            total2: 16,
            file2: 'acnur.xlsx',
          },
        },
      ],
    },
  ],
});
