import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { unreadableFinding } from '../zips.js';
import { workerLost } from '../../../pipeline/parallel/budget.js';

/** A worker that dies cannot be planted as a file: the pool's verdict goes through what the batch does with it. */
export default cases({
  valid: [{ name: 'a file whose worker ends with its result', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a worker that exited in the middle of a file',
      input: {
        run: async () => ({
          findings: [unreadableFinding('a.xlsx', workerLost('a.xlsx', 'exit code 1'))],
          lookedAt: true,
        }),
      },
      findings: [{ file: 'a.xlsx', params: { detail: 'exit code 1' } }],
    },
  ],
});
