/** Cells for consolidated.xlsx: every text made safe and short enough for Excel, numbers only finite. */
import { neutralise } from '../../templates/core/neutralise.js';
import { EXCEL_CELL_LIMIT } from '../../templates/core/cells.js';
import { oneLine } from '../one-line.js';

export { EXCEL_CELL_LIMIT };

const CUT_MARK = ' […]';

/** Text neutralised against formula injection, then cut to Excel's cell limit (longer text makes Excel repair
 * the file) with a visible mark; the whole text stays in records.json and the CSV exports. */
export function excelText(text: string): string {
  const safe = neutralise(text);
  return safe.length > EXCEL_CELL_LIMIT ? safe.slice(0, EXCEL_CELL_LIMIT - CUT_MARK.length) + CUT_MARK : safe;
}

/** A cell as the writer stores it: text made safe, and only finite numbers (NaN would make the file unreadable). */
export function storable(v: unknown): unknown {
  if (typeof v === 'string') return excelText(v);
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
}

/**
 * Text for a string literal inside a formula: quotes doubled, control characters shown as escapes, and cut
 * (with "…") so the escaped text stays within `max` characters; Excel refuses literals over 255. The cut is
 * made after escaping and between characters, never inside a doubled quote or a surrogate pair.
 */
export function formulaText(text: string, max = 240): string {
  const escaped = oneLine(text).replace(/"/g, '""');
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const ch of oneLine(text)) {
    const piece = ch === '"' ? '""' : ch;
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}
