/**
 * What a cell's number format says about its number: a date (or time), or not. The xlsx readers classify the
 * style table's codes with it, the pane the `numberFormat` Excel reports: one decision for both paths.
 */

/** Built-in format ids that are dates or times (ECMA-376 §18.8.30), plus the East Asian date ids. */
export const BUILTIN_DATE_FORMATS: ReadonlySet<number> = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A format code is a date when, outside quotes, escapes and [colour]/[$-locale] parts, it uses y, m, d, h or s. */
export function isDateFormat(code: string): boolean {
  // Excel stores at most 255 characters of a format; a longer "format" is no date and is not scanned.
  if (code.length > 255) return false;
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '');
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, '').replace(/AM\/PM|A\/P/gi, ''));
}
