import { file, goodXlsx } from '../files.js';
import { unquotedAttribute } from '../../fixtures/hostile/files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a cell written <c r=~A4>',
      input: { files: [file('loop.xlsx', unquotedAttribute())] },
      findings: [{ params: { sheet: 'Matrix', excerpt: '<c r=~A4>' } }],
    },
  ],
});
