import { longMatrix } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [
    {
      name: 'a sheet at the limit',
      input: { files: [(dir) => longMatrix(dir, 'long.xlsx', 9)] },
      env: { PSEA_MAX_ROWS: '10' },
    },
  ],
  invalid: [
    {
      name: 'a sheet one row over the limit',
      input: { files: [(dir) => longMatrix(dir, 'long.xlsx', 10)] },
      env: { PSEA_MAX_ROWS: '10' },
      findings: [{ params: { limit: 10, variable: 'PSEA_MAX_ROWS' } }],
    },
  ],
});
