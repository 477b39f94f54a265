import { goodXlsx } from '../files.js';
import { encryptedXlsx } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'what Excel writes for "Encrypt with password"',
      input: { files: [encryptedXlsx] },
      findings: [{ params: {} }],
    },
  ],
});
