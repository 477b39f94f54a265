import { cases } from '../tester.js';
import { paneRead } from './pane.js';

export default cases({
  valid: [{ name: 'the pane in an Excel with ExcelApi 1.2', input: paneRead(2) }],
  invalid: [{ name: 'the pane in an Excel without ExcelApi 1.2', input: paneRead(1), findings: [{ params: {} }] }],
});
