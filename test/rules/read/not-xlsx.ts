import { goodXlsx } from '../files.js';
import { encryptedEntry } from '../zips.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a zip whose parts are encrypted, which exceljs cannot open',
      input: { files: [encryptedEntry] },
      findings: [{ params: {} }],
    },
  ],
});
