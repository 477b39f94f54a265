import { cases } from '../tester.js';
import { batch, book, mapping } from '../support.js';

export default cases({
  valid: [
    {
      name: 'two files, two standards',
      input: batch(book([mapping()], 'a.xlsx'), book([mapping([{ Standard: 'MOS-2' }])], 'b.xlsx')),
    },
  ],
  invalid: [
    {
      name: 'the same agency and standard in two files, same status',
      input: batch(book([mapping()], 'a.xlsx'), book([mapping()], 'b.xlsx')),
      findings: [
        {
          file: 'b.xlsx',
          params: { file1: 'a.xlsx', row1: 2, file2: 'b.xlsx', row2: 2, value1: 'In place', value2: 'In place' },
        },
      ],
    },
  ],
});
