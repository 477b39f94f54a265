import { cases } from '../tester.js';
import { sheets } from '../support.js';
import { wideAssessments } from '../support-inter.js';

const row = { Partner: 'Hope Relief Initiative', 'Vendor number': '2500100001', 'Assessment Date': '2026-01-15' };
const rated = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`Cs${i + 1}`, 2]));

export default cases({
  valid: [{ name: 'the agency named in the title', input: sheets(wideAssessments([{ ...row, ...rated }])) }],
  invalid: [
    {
      name: 'no agency column and a title naming none',
      input: sheets(wideAssessments([{ ...row, ...rated }], 'Partner PSEA assessments 2026')),
      findings: [{ cell: 'A3', params: { count: 1 } }],
    },
  ],
});
