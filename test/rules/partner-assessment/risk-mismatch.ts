import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { assessmentRows, assessments } from '../support-inter.js';

export default cases({
  valid: [
    {
      name: 'each total at the boundaries with its risk',
      input: sheets(
        assessments([8, 9, 14, 15].flatMap((total, p) => assessmentRows(spread(total), { 'Vendor number': `P${p}` }))),
      ),
    },
  ],
  invalid: [
    {
      name: '14 stated Low',
      input: sheets(assessments(assessmentRows([3, 2, 3, 2, 2, 2], { 'Risk Rating': 'Low' }))),
      findings: [{ cell: 'F2', suggestion: 'Moderate', params: { stated: 'Low', total: 14, computed: 'Moderate' } }],
    },
  ],
});

/** Six ratings of 1–3 that add up to a total between 6 and 18. */
function spread(total: number): number[] {
  const ratings = [1, 1, 1, 1, 1, 1];
  for (let i = 0, left = total - 6; left > 0; i++, left--) ratings[i % 6]++;
  return ratings;
}
