/** "B2:D4" → 0-based inclusive rectangle; shared by both xlsx readers. Refs outside Excel's grid are refused. */
import type { MergeRange } from '../../templates/index.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, outsideGrid, Unreadable } from './limits.js';

function noRange(sheet: string, range: string): Unreadable {
  return new Unreadable({ rule: 'read.merge-invalid', params: { sheet, range: range.slice(0, 40) } });
}

const A1 = /^\$?([A-Z]{1,8})\$?(\d{1,12})$/;
function decode(ref: string, range: string, sheet: string): { row: number; col: number } {
  const m = A1.exec(ref);
  if (!m) throw noRange(sheet, range);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (col > EXCEL_COLUMNS || row > EXCEL_ROWS || row < 1) throw outsideGrid(sheet, range);
  return { row: row - 1, col: col - 1 };
}

export function parseMerge(range: string, sheet = ''): MergeRange {
  const [from, to = from, ...rest] = range.split(':', 3);
  if (rest.length) throw noRange(sheet, range);
  const a = decode(from, range, sheet);
  const b = decode(to, range, sheet);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
