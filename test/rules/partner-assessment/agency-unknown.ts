import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'an agency of the list', input: sheets(assessments(assessmentRows())) }],
  invalid: [
    {
      name: 'a typo of UNICEF on each row of one assessment',
      input: sheets(assessments(assessmentRows(undefined, { Agency: 'UNCEF' }))),
      findings: [
        { cell: 'A2', suggestion: 'UNICEF', params: { value: 'UNCEF', nearest: 'UNICEF', counted: 'UNICEF' } },
      ],
    },
  ],
});
