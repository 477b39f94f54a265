import { file, goodXlsx } from '../files.js';
import { cases } from '../tester.js';

export default cases({
  valid: [{ name: 'a clean xlsx', input: { files: [goodXlsx] } }],
  invalid: [
    {
      name: 'a CSV export named .xlsx',
      input: {
        files: [file('export.xlsx', 'Task;Area;Due\nDraft;Prevention;2027-02-15\nTrain;Prevention;2027-03-01\n')],
      },
      findings: [{ params: {} }],
    },
  ],
});
