import type { CellValue } from './types.js';

/**
 * Characters that survive foldKey unchanged (ASCII letters, digits, #): a text with more than
 * `limit` of them folds to a key longer than `limit`. Stops counting early, so it is cheap on prose.
 */
export function foldsLongerThan(text: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if ((c >= 48 && c <= 57) || c === 35 || (lower >= 97 && lower <= 122)) {
      if (++kept > limit) return true;
    }
  }
  return false;
}

/** Lower case, accents stripped, punctuation folded to single spaces: the key used for every alias match. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[º°]/g, 'o')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** Short cells repeat (units, statuses, answers): their keys are remembered, up to a bound. */
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

export function foldKey(text: string): string {
  if (text.length > 64) return fold(text);
  let key = folded.get(text);
  if (key === undefined) {
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    key = fold(text);
    folded.set(text, key);
  }
  return key;
}

/** Any whitespace but the plain space. */
const OTHER_SPACE = /[^\S ]/;

/** Whitespace that /\s+/ → ' ' would change: two spaces in a row, or any space other than ' ' (both native scans). */
function hasUnusualSpace(text: string): boolean {
  return text.indexOf('  ') >= 0 || OTHER_SPACE.test(text);
}

/** Days repeat down a column (due dates, rounds): each is written once, up to a bound (3% of a bench validate). */
const isoDays = new Map<number, string>();

/** yyyy-mm-dd of a Date; '' for an invalid Date (toISOString would throw), which holds no value. */
export function isoDay(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  let day = isoDays.get(time);
  if (day === undefined) {
    if (isoDays.size >= FOLD_CACHE_LIMIT) isoDays.clear();
    isoDays.set(time, (day = date.toISOString().slice(0, 10)));
  }
  return day;
}

/** Cell value as trimmed text; '' for empty. Dates become ISO dates. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  // Most prose has only single spaces: skip the rewrite (same result, no copy of a long string).
  if (typeof value === 'string') return (hasUnusualSpace(value) ? value.replace(/\s+/g, ' ') : value).trim();
  return String(value);
}

export function isBlank(value: CellValue | undefined): boolean {
  // trim() drops exactly the characters \s matches: same answer as cellText(value) === '', without the rewrite.
  if (typeof value === 'string') return value.trim() === '';
  return cellText(value) === '';
}

/**
 * Edit distance where swapping two neighbours counts 1 (optimal string alignment): "UNFAP" → "UNFPA"
 * is 1. With `max`, any distance above max comes back as max + 1, stopping early.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A later row builds on this one or (by a swap) the one before: once both exceed max, so will the end.
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/**
 * Nearest candidate by edit distance on folded text, as libhxl does: accepted when the
 * distance is at most a third of the longer string, and at least 1.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const key = foldKey(value);
  if (!key) return undefined;
  const folded = candidates.map(foldKey);
  // No answer can be further than this; farther candidates are cut short (prose typed in a code column).
  const cap = Math.max(1, Math.floor(Math.max(key.length, ...folded.map((f) => f.length)) / 3));
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < folded.length; i++) {
    const distance = levenshtein(key, folded[i], cap);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  if (best < 0 || bestDistance > cap) return undefined;
  const cutoff = Math.max(1, Math.floor(Math.max(key.length, folded[best].length) / 3));
  return bestDistance <= cutoff ? candidates[best] : undefined;
}

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(columnIndex: number, row: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}
