import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    { name: 'a text that only starts with #', input: sheets(matrix([rec(1, { 'Key actions': '#1 priority' })])) },
  ],
  invalid: [
    {
      name: 'a status cell showing #N/A',
      input: sheets(matrix([rec(1, { 'Status (Time 2)': '#N/A' })])),
      findings: [{ cell: 'M2', value: '#N/A', params: { cell: 'M2', value: '#N/A' } }],
    },
  ],
});
