import { cases } from '../tester.js';
import { matrix, rec, sheets } from '../support.js';
import { HEADER } from '../../helpers.js';

export default cases({
  valid: [{ name: 'records only', input: sheets(matrix([rec(1), rec(2)])) }],
  invalid: [
    {
      name: 'a note under the table and the header repeated',
      input: sheets(
        matrix([rec(1), [...HEADER], rec(2), ['Source: evaluation report, annex 2 and the interviews held']]),
      ),
      findings: [
        { row: 3, params: { reason: 'repeated-header' } },
        { row: 5, params: { reason: 'note', text: 'Source: evaluation report, annex 2 and the interviews held' } },
      ],
    },
  ],
});
