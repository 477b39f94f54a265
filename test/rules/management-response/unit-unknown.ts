import { cases } from '../tester.js';
import { matrix, rec, settings, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'known codes split on , ; / and "and"',
      input: sheets(matrix([rec(1, { 'Support from': 'PSEAH; PSEAH / PSEAH and PSEAH' })])),
    },
    {
      name: 'a code the Settings sheet adds',
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'XYZ' })]), settings(['unit', 'XYZ', 'Example'])),
    },
  ],
  invalid: [
    {
      name: 'a near miss and a code of no list',
      input: sheets(matrix([rec(1, { 'Responsible unit(s)': 'PSEA-H', 'Support from': 'QQQ' })])),
      findings: [
        { cell: 'H2', value: 'PSEA-H', suggestion: 'PSEAH', params: { value: 'PSEA-H' } },
        { cell: 'I2', value: 'QQQ', params: { value: 'QQQ' } },
      ],
    },
  ],
});
