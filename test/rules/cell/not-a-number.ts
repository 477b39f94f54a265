import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'finite numbers, large and small',
      input: sheets(matrix([rec(1, { Pillar: 1e300 }), rec(2, { Pillar: -0.5 })])),
    },
  ],
  invalid: [
    {
      name: 'NaN and Infinity handed over as numbers',
      input: sheets(matrix([rec(1, { Pillar: Number.NaN }), rec(2, { Pillar: Number.POSITIVE_INFINITY })])),
      findings: [
        { cell: 'C2', value: 'NaN', params: { cell: 'C2', value: 'NaN' } },
        { cell: 'C3', value: 'Infinity', params: { cell: 'C3', value: 'Infinity' } },
      ],
    },
  ],
});
