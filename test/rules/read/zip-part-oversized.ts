import { goodXlsx } from '../files.js';
import { lyingBomb } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a sheet that unpacks past the size its directory declares',
      input: { files: [(dir) => lyingBomb(dir, 65_536)] },
      findings: [{ params: { part: 'xl/worksheets/sheet1.xml', size: 65_536 } }],
    },
  ],
});
