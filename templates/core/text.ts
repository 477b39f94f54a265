import type { CellValue } from './types.js';

/** Lower case, accents stripped, punctuation folded to single spaces: the key used for every alias match. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[º°]/g, 'o')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** Cell value as trimmed text; '' for empty. Dates become ISO dates. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  return String(value);
}

export function isBlank(value: CellValue | undefined): boolean {
  return cellText(value) === '';
}

/** Edit distance where swapping two neighbours counts 1 (optimal string alignment): "UNFAP" → "UNFPA" is 1. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * Nearest candidate by edit distance on folded text, as libhxl does: accepted when the
 * distance is at most a third of the longer string, and at least 1.
 */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  const key = foldKey(value);
  if (!key) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(key, foldKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const cutoff = Math.max(1, Math.floor(Math.max(key.length, foldKey(best).length) / 3));
  return bestDistance <= cutoff ? best : undefined;
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
