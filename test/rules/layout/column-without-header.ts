import type { SheetGrid } from '../../../templates/index.js';
import { cases } from '../tester.js';
import { book, matrix, rec } from '../support.js';

/** The matrix with one more column right of its header, headed blank: a value on its first record only. */
function withBlankHeader(value: string | null, merged = false): SheetGrid {
  const grid = matrix([rec(1), rec(2)]);
  const rows = grid.rows.map((row) => [...row]);
  const header = 0;
  const column = Math.max(...rows.map((row) => row.length));
  rows[header][column] = null;
  rows[header + 1][column] = value;
  if (!merged) return { ...grid, rows };
  // The value is the top-left of an area merged over the last header column's cell and the blank one.
  rows[header + 1][column] = null;
  rows[header + 1][column - 1] = 'Merged across';
  return { ...grid, rows, merges: [{ top: header + 1, left: column - 1, bottom: header + 1, right: column }] };
}

export default cases({
  valid: [
    { name: 'every column with a value has a header', input: { workbooks: [book([withBlankHeader(null)])] } },
    {
      name: 'a merge over a blank-header cell repeats a value already read',
      input: { workbooks: [book([withBlankHeader(null, true)])] },
    },
  ],
  invalid: [
    {
      name: 'a note in a column with a blank header',
      input: { workbooks: [book([withBlankHeader('secret note')])] },
      findings: [{ row: 2, params: { count: 1, row: 2 } }],
    },
  ],
});
