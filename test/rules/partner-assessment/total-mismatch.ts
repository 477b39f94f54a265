import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'the stated total is the sum', input: sheets(assessments(assessmentRows([2, 2, 2, 2, 2, 3]))) }],
  invalid: [
    {
      name: 'ratings adding to 13, 15 stated',
      input: sheets(assessments(assessmentRows([3, 2, 2, 2, 2, 2], { 'Total score': 15, 'Risk Rating': 'Moderate' }))),
      findings: [{ cell: 'E2', suggestion: '13', params: { stated: '15', computed: 13 } }],
    },
  ],
});
