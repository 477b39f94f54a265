import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'three calendar years old (2023-01-01 in 2026)',
      input: sheets(assessments(assessmentRows(undefined, { 'Assessment Date': '2023-01-01' }))),
    },
  ],
  invalid: [
    {
      name: 'four calendar years old (2022-12-31 in 2026)',
      input: sheets(assessments(assessmentRows(undefined, { 'Assessment Date': '2022-12-31' }))),
      findings: [{ cell: 'B2', params: { partner: 'Hope Relief Initiative', year: 2022, years: 4, asOfYear: 2026 } }],
    },
  ],
});
