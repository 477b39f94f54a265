import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'each standard once', input: sheets(assessments(assessmentRows())) }],
  invalid: [
    {
      name: 'CS3 twice',
      input: sheets(assessments([...assessmentRows(), assessmentRows()[2]])),
      findings: [{ cell: 'G8', params: { partner: 'Hope Relief Initiative', standard: 'CS-3', firstRow: 4 } }],
    },
  ],
});
