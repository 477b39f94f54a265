import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'assessed before the reference date', input: sheets(assessments(assessmentRows())) }],
  invalid: [
    {
      name: 'assessed after it',
      input: sheets(assessments(assessmentRows(undefined, { 'Assessment Date': '2027-01-05' }))),
      options: { asOf: '2026-11-23' },
      findings: [{ cell: 'B2', params: { partner: 'Hope Relief Initiative', date: '2027-01-05', asOf: '2026-11-23' } }],
    },
  ],
});
