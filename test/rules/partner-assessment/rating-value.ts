import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'numbers and labels',
      input: sheets(assessments(assessmentRows([1, 'Progressing', 'Adequate', 3, 'Absent', 2]))),
    },
  ],
  invalid: [
    {
      name: 'a rating of 4',
      input: sheets(assessments(assessmentRows([3, 3, 4, 3, 3, 3]))),
      findings: [{ cell: 'H4', value: '4', params: { value: '4' } }],
    },
  ],
});
