import { cases } from '../tester.js';
import { IOM, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [{ name: 'the last number of the last pillar', input: sheets(matrix([rec(62, { Pillar: 5 })])) }],
  invalid: [
    {
      ...IOM,
      name: 'a number past every range',
      input: sheets(matrix([rec(99, { Pillar: null })])),
      findings: [{ cell: 'A2', value: '99', params: { rec: 99 } }],
    },
  ],
});
