import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { unreadableFinding } from '../zips.js';
import { internalError } from '../../../pipeline/parallel/file-task.js';

/** A bug cannot be planted in a file: the error a bug throws goes through what the batch does with one. */
const bug = new TypeError("Cannot read properties of undefined (reading 'rows')\n    at analyse (core.ts:1:1)");

export default cases({
  valid: [{ name: 'a file the core reads and analyses', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a bug met while analysing one file',
      input: {
        run: async () => ({
          findings: [unreadableFinding('boom.xlsx', internalError('boom.xlsx', 'analysing', bug))],
          lookedAt: true,
        }),
      },
      findings: [
        {
          file: 'boom.xlsx',
          params: { stage: 'analysing', detail: "Cannot read properties of undefined (reading 'rows')" },
        },
      ],
    },
  ],
});
