import { cases } from '../tester.js';
import { paneRead } from './pane.js';

export default cases({
  valid: [{ name: 'the pane in an Excel with ExcelApi 1.13', input: paneRead(13) }],
  invalid: [
    {
      name: 'the pane in an Excel without ExcelApi 1.13',
      input: paneRead(12),
      findings: [{ sheet: 'Matrix', params: { sheet: 'Matrix' } }],
    },
  ],
});
