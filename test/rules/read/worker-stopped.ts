import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { verdictCase } from '../zips.js';
import { workerLost } from '../../../pipeline/parallel/budget.js';

/** A worker that dies cannot be planted as a file. */
export default cases({
  valid: [{ name: 'a file whose worker ends with its result', input: { files: [goodXlsx] } }],
  invalid: [
    verdictCase('a worker that exited in the middle of a file', 'a.xlsx', workerLost('a.xlsx', 'exit code 1'), {
      detail: 'exit code 1',
    }),
  ],
});
