import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'High, Moderate, Low and eTools labels',
      input: sheets(assessments(assessmentRows([3, 3, 3, 3, 3, 3], { 'Risk Rating': 'Full Capacity (Low Risk)' }))),
    },
  ],
  invalid: [
    {
      name: 'a risk of no scale',
      input: sheets(assessments(assessmentRows(undefined, { 'Risk Rating': 'Severe' }))),
      findings: [{ cell: 'F2', params: { value: 'Severe' } }],
    },
  ],
});
