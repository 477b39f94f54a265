import type { MatrixRule } from './context.js';

/** Rule 2: (rec_no, point) is unique and the numbering has no gaps. Invalid numbers are reported when rows are read. */
export const checkNumbering: MatrixRule = ({ rows, recs, report }) => {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.recNo === undefined) continue;
    const key = `${row.recNo}|${row.point}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.source.row);
    else report.error('matrix.duplicate-key', { row: row.source.row, field: 'rec_no', value: String(row.recNo) },
      { rec: row.recNo, point: row.point ? ` (${row.point})` : '', firstRow: first });
  }
  if (!recs.length) return;
  const numbers = new Set(recs.map((r) => r.recNo));
  const from = 1;
  const to = Math.max(...numbers);
  const missing: number[] = [];
  for (let n = from; n <= to; n++) if (!numbers.has(n)) missing.push(n);
  if (missing.length) report.warning('matrix.numbering-gap', { field: 'rec_no' }, { missing: missing.join(', '), from, to });
};
