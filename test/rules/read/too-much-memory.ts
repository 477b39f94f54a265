import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { verdictCase } from '../zips.js';
import { tooBig } from '../../../pipeline/parallel/budget.js';

/** A worker out of heap is the pool's verdict (test/hostile/batch.test.ts makes one for real). */
export default cases({
  valid: [{ name: 'a file read well within its memory', input: { files: [goodXlsx] } }],
  invalid: [
    verdictCase('a worker out of 64 MB of heap', 'big.xlsx', tooBig('big.xlsx', { seconds: 120, memoryMb: 64 }), {
      limit: 64,
      variable: 'PSEA_MAX_MEMORY_MB',
    }),
  ],
});
