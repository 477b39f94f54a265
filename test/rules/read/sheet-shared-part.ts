import { file, goodXlsx } from '../files.js';
import { sharedPart } from '../../fixtures/hostile/files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'two sheet entries on one worksheet part',
      input: { files: [file('twice.xlsx', sharedPart(2, 2))] },
      findings: [{ sheet: 'Copy 2', params: { sheet: 'Copy 2', first: 'Copy 1' } }],
    },
  ],
});
