import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'an ISO date', input: sheets(assessments(assessmentRows())) }],
  invalid: [
    {
      name: 'a date that is none',
      input: sheets(assessments(assessmentRows(undefined, { 'Assessment Date': 'last spring' }))),
      findings: [{ cell: 'B2', params: { value: 'last spring' } }],
    },
  ],
});
