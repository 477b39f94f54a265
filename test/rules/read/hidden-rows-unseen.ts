import { cases } from '../tester.js';
import { paneRead } from './pane.js';

export default cases({
  valid: [{ name: 'the pane in an Excel with ExcelApi 1.3', input: paneRead(3) }],
  invalid: [{ name: 'the pane in an Excel without ExcelApi 1.3', input: paneRead(2), findings: [{ params: {} }] }],
});
