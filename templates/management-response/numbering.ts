/** Gaps in the recommendation numbers, said briefly however large the numbers. */

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
