import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [{ name: 'CS1 … CS6', input: sheets(assessments(assessmentRows())) }],
  invalid: [
    {
      name: 'a standard numbered 7',
      input: sheets(assessments([...assessmentRows(), { ...assessmentRows()[0], 'Core standard number': 'CS7' }])),
      findings: [{ cell: 'G8', params: { value: 'CS7' } }],
    },
  ],
});
