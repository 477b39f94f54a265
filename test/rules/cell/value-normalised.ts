import { cases } from '../tester.js';
import { mapping, matrix, rec, sheets } from '../support.js';

export default cases({
  valid: [
    {
      name: 'canonical values and labels',
      input: sheets(matrix([rec(1), rec(2, { 'Management response': 'Acceptée' })])),
    },
    {
      name: 'a value or an agency in another case, an agency by its French or Spanish acronym',
      input: sheets(
        matrix([rec(1, { 'Management response': 'accept' })]),
        mapping([
          { Agency: 'Unicef', Standard: 'MOS-1' },
          { Agency: 'PAM', Status: 'in place' },
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'an alias of a response',
      input: sheets(matrix([rec(1, { 'Management response': 'Agreed' })])),
      findings: [
        { cell: 'J2', value: 'Agreed', suggestion: 'Accept', params: { value: 'Agreed', canonical: 'Accept' } },
      ],
    },
    {
      name: 'another spelling of an agency',
      input: sheets(mapping([{ Agency: 'Programme alimentaire mondial', Standard: 'MOS-1' }])),
      findings: [{ field: 'agency', value: 'Programme alimentaire mondial', suggestion: 'WFP' }],
    },
  ],
});
