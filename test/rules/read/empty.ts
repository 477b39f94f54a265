import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [{ name: 'an empty file', input: { files: [file('empty.xlsx', '')] }, findings: [{ params: {} }] }],
});
