/** "B2:D4" → 0-based inclusive rectangle; shared by both xlsx readers. */
import type { MergeRange } from '../../templates/index.js';

const A1 = /^([A-Z]+)(\d+)$/;
function decode(ref: string): { row: number; col: number } {
  const m = A1.exec(ref.replace(/\$/g, ''));
  if (!m) throw new Error(`bad cell reference ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseMerge(range: string): MergeRange {
  const [from, to = from] = range.split(':');
  const a = decode(from);
  const b = decode(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
