import { file, goodXlsx } from '../files.js';
import { sharedStringPastEnd } from '../../fixtures/hostile/files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'cell F4 points at shared string 99 of a table of 2',
      input: { files: [file('damaged.xlsx', sharedStringPastEnd())] },
      findings: [{ sheet: 'Matrix', cell: 'F4', params: { count: 1, cells: 'F4' } }],
    },
  ],
});
