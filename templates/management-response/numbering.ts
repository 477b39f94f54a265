/** Recommendation numbers as a row gives them (read by rec-number.ts), and gaps in them said briefly. */
import { parseRecNumber as readRecNumber } from './rec-number.js';
import type { Numbering } from './settings.js';

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

/** The point as typed, without its brackets or final dot: "(a)", "a)" and "a." are the point a. */
export function pointLetter(row: { pointText: string }): string {
  return row.pointText.replace(/[).]$/, '').replace(/^\(/, '');
}

/**
 * The recommendation and point a row names: the point column's letter, else a point written with the number
 * ("4.a", "2(a)", "3.1"; with `whole` numbering a "3.1" is no number).
 */
export function parseRecNumber(
  recText: string,
  pointText: string,
  numbering: Numbering,
): { recNo?: number; point: string } {
  const letter = pointLetter({ pointText });
  const point = /^[a-z]$/i.test(letter) ? letter.toLowerCase() : '';
  const read = readRecNumber(recText);
  if (!read || (numbering === 'whole' && read.point !== undefined && /^\d+$/.test(read.point))) return { point };
  return { recNo: read.rec, point: point || (pointText ? '' : (read.point ?? '')) };
}
