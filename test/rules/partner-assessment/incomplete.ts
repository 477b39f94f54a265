import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'six standards rated', input: sheets(assessments(assessmentRows([1, 1, 2, 2, 3, 3]))) }],
  invalid: [
    {
      name: 'CS6 missing, and CS2 left blank',
      input: sheets(assessments(assessmentRows([3, null, 3, 3, 3]))),
      findings: [
        { cell: 'H3', params: { partner: 'Hope Relief Initiative', date: '2026-02-10', missing: 'CS-2, CS-6' } },
      ],
    },
  ],
});
