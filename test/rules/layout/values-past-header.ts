import type { SheetGrid } from '../../../templates/index.js';
import { cases } from '../tester.js';
import { book, matrix, rec } from '../support.js';

/** The sheet of a CSV: the reader marks it delimited. */
const csv = (grid: SheetGrid): SheetGrid => ({ ...grid, delimited: true });
const split = [...rec(2), 'Brief staff'];

export default cases({
  valid: [
    { name: 'CSV rows as wide as their header', input: { workbooks: [book([csv(matrix([rec(1), rec(2)]))])] } },
    { name: 'a note right of the table in an xlsx', input: { workbooks: [book([matrix([rec(1), split])])] } },
  ],
  invalid: [
    {
      name: 'a CSV row split at an unquoted delimiter',
      input: { workbooks: [book([csv(matrix([rec(1), split]))])] },
      findings: [{ row: 3, cell: 'Q3', params: { row: 3, count: 1, column: 'Q' } }],
    },
  ],
});
