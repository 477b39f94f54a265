import { cases } from '../tester.js';
import { batch, book, mapping } from '../support.js';

export default cases({
  valid: [
    { name: 'two files, the same status', input: batch(book([mapping()], 'a.xlsx'), book([mapping()], 'b.xlsx')) },
  ],
  invalid: [
    {
      name: 'two files, two statuses',
      input: batch(book([mapping()], 'a.xlsx'), book([mapping([{ Status: 'In progress', Gaps: 'x' }])], 'b.xlsx')),
      findings: [
        {
          file: 'b.xlsx',
          cell: 'E2',
          value: 'In progress',
          suggestion: 'In place',
          params: {
            agency: 'UNFPA',
            standard: 'MOS-1',
            file1: 'a.xlsx',
            value1: 'In place',
            file2: 'b.xlsx',
            value2: 'In progress',
          },
        },
      ],
    },
  ],
});
