import { goodXlsx } from '../files.js';
import { ratioBomb } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet of zeros let past the ratio check holds no row end',
      input: { files: [ratioBomb] },
      env: { PSEA_MAX_ZIP_RATIO: '2000' },
      findings: [{ params: { sheet: 'Matrix' } }],
    },
  ],
});
