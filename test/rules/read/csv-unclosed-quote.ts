import { file, goodCsv } from '../files.js';
import { BROKEN_QUOTE } from '../../fixtures/bad/csv-corpus.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'quotes that close', input: { files: [goodCsv] } }],
  invalid: [
    {
      name: 'a quote opened on CSV row 3 and never closed',
      input: { files: [file(BROKEN_QUOTE.name, BROKEN_QUOTE.text)] },
      findings: [{ sheet: 'unclosed-quote', row: 3, params: { row: 3 } }],
    },
  ],
});
