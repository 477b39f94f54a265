import { goodXlsx } from '../files.js';
import { totalBomb } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'parts that add up to 1.8 GB',
      input: { files: [totalBomb] },
      findings: [{ params: { limit: 1024, variable: 'PSEA_MAX_UNZIPPED_MB' } }],
    },
  ],
});
