import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'an HTML export named .xlsx',
      input: { files: [file('export.xlsx', '<html><body><table><tr><td>Rec #</td></tr></table></body></html>')] },
      findings: [{ params: {} }],
    },
  ],
});
