import { cases } from '../tester.js';
import { paneRead } from './pane.js';

export default cases({
  valid: [{ name: 'the pane in an Excel with ExcelApi 1.9', input: paneRead(9) }],
  invalid: [{ name: 'the pane in an Excel without ExcelApi 1.9', input: paneRead(8), findings: [{ params: {} }] }],
});
