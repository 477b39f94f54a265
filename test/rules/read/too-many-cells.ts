import { goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a sheet under the limit', input: { files: [goodXlsx] }, env: { PSEA_MAX_CELLS: '100' } }],
  invalid: [
    {
      name: 'a sheet of 3 rows × 16 columns over a limit of 20 cells',
      input: { files: [goodXlsx] },
      env: { PSEA_MAX_CELLS: '20' },
      findings: [{ params: { sheet: 'Matrix', limit: 20, variable: 'PSEA_MAX_CELLS' } }],
    },
  ],
});
