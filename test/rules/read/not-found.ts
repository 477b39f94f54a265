import { goodXlsx, missing } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    { name: 'a path whose file was moved away', input: { files: [missing('gone.xlsx')] }, findings: [{ params: {} }] },
  ],
});
