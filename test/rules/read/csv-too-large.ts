import { cases } from '../tester.js';
import { goodCsv } from '../files.js';
import { unreadableFinding } from '../zips.js';
import { readCsv } from '../../../pipeline/read/csv.js';
import { InputError } from '../../../pipeline/read/index.js';
import { Unreadable } from '../../../pipeline/read/limits.js';

/**
 * 541 MB cannot be planted here (test/hostile/csv.test.ts writes one for real): the reader gets bytes that say
 * they are that long, and refuses them before reading any.
 */
const huge = { length: 541 << 20 } as Uint8Array;

export default cases({
  valid: [{ name: 'a clean CSV', input: { files: [goodCsv] } }],
  invalid: [
    {
      name: 'a CSV of 541 MB',
      input: {
        run: async () => {
          try {
            readCsv(huge, 'huge.csv', 'huge');
            return { findings: [], lookedAt: true };
          } catch (error) {
            if (!(error instanceof Unreadable)) throw error;
            return {
              findings: [unreadableFinding('huge.csv', new InputError('huge.csv', error.reason))],
              lookedAt: true,
            };
          }
        },
      },
      findings: [{ file: 'huge.csv', params: { size: 541, limit: 512 } }],
    },
  ],
});
