import { cases } from '../tester.js';
import { goodXlsx } from '../files.js';
import { unreadableFinding } from '../zips.js';
import { fileSystemReason } from '../../../pipeline/read/index.js';

/** As root every file can be read, so the error Node gives an unprivileged account is built here; its code decides. */
const eacces = Object.assign(new Error("EACCES: permission denied, open 'locked.xlsx'"), { code: 'EACCES' });

export default cases({
  valid: [{ name: 'a readable file', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a file the account may not read',
      input: {
        run: async () => ({ findings: [unreadableFinding('locked.xlsx', fileSystemReason(eacces))], lookedAt: true }),
      },
      findings: [{ file: 'locked.xlsx', params: {} }],
    },
  ],
});
