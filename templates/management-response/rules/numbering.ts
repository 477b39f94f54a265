import type { MatrixRule } from './context.js';

/** Rule 2: (rec_no, point) is unique and the numbering has no gaps. Invalid numbers are reported when rows are read. */
export const checkNumbering: MatrixRule = ({ rows, recs, report }) => {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.recNo === undefined) continue;
    const key = `${row.recNo}|${row.point}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.source.row);
    else
      report.error(
        'management-response.duplicate-key',
        { row: row.source.row, field: 'rec_no', value: String(row.recNo) },
        { rec: row.recNo, point: row.point ? ` (${row.point})` : '', firstRow: first },
      );
  }
  if (!recs.length) return;
  const numbers = [...new Set(recs.map((r) => r.recNo))].sort((a, b) => a - b);
  const from = 1;
  const to = numbers[numbers.length - 1];
  const missing = missingNumbers(numbers, from);
  if (missing) report.warning('management-response.numbering-gap', { field: 'rec_no' }, { missing, from, to });
};

/** Gaps listed at most this many at a time: a typo such as 2958466 must not make a message of millions of numbers. */
const MAX_GAPS = 20;

/**
 * "4, 9, 12–40": the numbers from `from` to the largest that are absent, short gaps one by one and long ones
 * as ranges, walking the sorted numbers (never counting up to the largest, which may be huge).
 */
export function missingNumbers(sorted: readonly number[], from: number): string {
  const parts: string[] = [];
  let expected = from;
  for (const n of sorted) {
    if (n > expected) {
      const last = n - 1;
      if (parts.length >= MAX_GAPS) {
        parts.push('…');
        break;
      }
      parts.push(
        last - expected < 3
          ? Array.from({ length: last - expected + 1 }, (_, i) => String(expected + i)).join(', ')
          : `${expected}–${last}`,
      );
    }
    expected = Math.max(expected, n + 1);
  }
  return parts.join(', ');
}
