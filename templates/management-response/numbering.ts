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

/** "3", "3.", "#3", "Rec 3", "Recommendation 3" → 3; anything else, or 0, is no number. */
export function parseRecNo(text: string): number | undefined {
  const match = /^(?:rec(?:ommendation)?\.?\s*)?#?\s*(\d+)(?:\.0+)?\.?$/i.exec(text.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n > 0 ? n : undefined;
}

/** The point as typed, without its brackets or final dot: "(a)", "a)" and "a." are the point a. */
export function pointLetter(row: { pointText: string }): string {
  return row.pointText.replace(/[).]$/, '').replace(/^\(/, '');
}

/**
 * The recommendation and point a row names: the point column's letter, else a point written with the number
 * ("4.a", "2(a)"; "3.1" with decimal numbering, where a sub-recommendation is numbered).
 */
export function parseRecNumber(
  recText: string,
  pointText: string,
  numbering: 'auto' | 'decimal',
): { recNo?: number; point: string } {
  const letter = pointLetter({ pointText });
  const point = /^[a-z]$/i.test(letter) ? letter.toLowerCase() : '';
  const recNo = parseRecNo(recText);
  if (recNo !== undefined || !recText) return { ...(recNo === undefined ? {} : { recNo }), point };
  const sub =
    /^(\d+)\s*(?:\.\s*|\(\s*)([a-z])\)?$/i.exec(recText) ??
    (numbering === 'decimal' ? /^(\d+)\.(\d+)$/.exec(recText) : null);
  if (!sub || Number(sub[1]) <= 0) return { point };
  return { recNo: Number(sub[1]), point: point || sub[2].toLowerCase() };
}
