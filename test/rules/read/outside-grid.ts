import { file, goodXlsx } from '../files.js';
import { farColumn } from '../../fixtures/hostile/files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a cell at column ZZZZZZ',
      input: { files: [file('far.xlsx', farColumn())] },
      findings: [{ params: { sheet: 'Matrix', ref: 'ZZZZZZ4', columns: 16_384, rows: 1_048_576 } }],
    },
  ],
});
