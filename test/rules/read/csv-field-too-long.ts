import { file, goodCsv } from '../files.js';
import { cases } from '../tester.js';

const HEADER = 'Rec #,Recommendation,Management response,Responsible unit(s),Key actions';

export default cases({
  valid: [
    {
      name: 'a field just under the limit',
      input: { files: [file('long.csv', `${HEADER}\n1,${'a'.repeat((1 << 20) - 1)},Accept,PSEAH,x\n`)] },
      env: { PSEA_MAX_FIELD_MB: '1' },
    },
    { name: 'a clean CSV', input: { files: [goodCsv] } },
  ],
  invalid: [
    {
      name: 'a field of 2 MB in row 2',
      input: { files: [file('long.csv', `${HEADER}\n1,${'a'.repeat(2 << 20)},Accept,PSEAH,x\n`)] },
      env: { PSEA_MAX_FIELD_MB: '1' },
      findings: [{ params: { row: 2, limit: 1, variable: 'PSEA_MAX_FIELD_MB' } }],
    },
  ],
});
