import { goodXlsx } from '../files.js';
import { truncatedXlsx } from '../../fixtures/bad/xlsx-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [{ name: 'an xlsx cut in half', input: { files: [truncatedXlsx] }, findings: [{ params: {} }] }],
});
