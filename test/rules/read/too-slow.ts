import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { unreadableFinding } from '../zips.js';
import { tooSlow } from '../../../pipeline/parallel/budget.js';

/** A file past its time cannot be planted quickly: the pool's own verdict goes through what the batch does with it. */
export default cases({
  valid: [{ name: 'a file read well within its time', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a file stopped after 2 s',
      input: {
        run: async () => ({
          findings: [unreadableFinding('slow.xlsx', tooSlow('slow.xlsx', { seconds: 2, memoryMb: 2048 }))],
          lookedAt: true,
        }),
      },
      findings: [{ file: 'slow.xlsx', params: { seconds: 2, variable: 'PSEA_MAX_SECONDS' } }],
    },
  ],
});
