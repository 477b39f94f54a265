import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

const other = (description: string | null) =>
  assessmentRows().map((r, i) =>
    i === 3
      ? {
          ...r,
          'Core standard proof of evidence': 'Other (please specify)',
          'Other evidence (please specify)': description,
        }
      : r,
  );

export default cases({
  valid: [
    {
      name: '"Other" with its description, and no evidence at all',
      input: sheets(assessments(other('Community notice board'))),
    },
  ],
  invalid: [
    {
      name: '"Other" without a description',
      input: sheets(assessments(other(null))),
      findings: [{ cell: 'J5', params: { partner: 'Hope Relief Initiative', standard: 'CS-4' } }],
    },
  ],
});
