import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { verdictCase } from '../zips.js';
import { tooSlow } from '../../../pipeline/parallel/budget.js';

/** A file past its time cannot be planted quickly (test/hostile/batch.test.ts stops one for real). */
export default cases({
  valid: [{ name: 'a file read well within its time', input: { files: [goodXlsx] } }],
  invalid: [
    verdictCase('a file stopped after 2 s', 'slow.xlsx', tooSlow('slow.xlsx', { seconds: 2, memoryMb: 2048 }), {
      seconds: 2,
      variable: 'PSEA_MAX_SECONDS',
    }),
  ],
});
