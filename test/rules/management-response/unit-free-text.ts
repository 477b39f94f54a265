import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'codes only', input: sheets(matrix([rec(1, { 'Support from': 'PSEAH' })])) }],
  invalid: [
    {
      name: 'prose after a code',
      input: sheets(matrix([rec(1, { 'Support from': 'PSEAH and relevant units as required' })])),
      findings: [{ cell: 'I2', value: 'relevant units as required', params: { value: 'relevant units as required' } }],
    },
  ],
});
