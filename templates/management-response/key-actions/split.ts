/**
 * A key-actions cell that lists several actions: "1. …; 2. …", one per line, or "1.1 … 1.2 …". The list must
 * start at the cell's start and count up (1, 2, 3 or 1.1, 1.2), so a number inside a sentence ("within 30 days")
 * never splits it.
 */

export interface ListedAction {
  /** The number as written ("1.", "2.3"), '' when the cell is one unnumbered action. */
  written: string;
  text: string;
}

/** A number at the start, after a line break or ";", or after a space when it is "2." or "1.2" (not "in 2 steps"). */
const MARKER = /(?:^|(?<=[\n;•])|(?<=\s))\s*(\d{1,2})(?:\.(\d{1,2}))?([.)])?\s+/g;

function isMarker(text: string, m: RegExpMatchArray): boolean {
  if (m.index === 0 || m[2] !== undefined || m[3] !== undefined) return true;
  return /[\n;•]\s*$/.test(text.slice(0, (m.index ?? 0) + m[0].length - m[0].trimStart().length));
}

function next(prev: [number, number | undefined], at: [number, number | undefined]): boolean {
  const [major, minor] = prev;
  if (minor === undefined) return at[1] === undefined && at[0] === major + 1;
  return at[1] !== undefined && ((at[0] === major && at[1] === minor + 1) || (at[0] === major + 1 && at[1] === 1));
}

export function splitActions(text: string): ListedAction[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  // A list starts with its first number: without one the cell is one action, told before scanning all its prose.
  if (!/^\d/.test(trimmed)) return [{ written: '', text: trimmed }];
  const marks: { index: number; end: number; written: string; n: [number, number | undefined] }[] = [];
  for (const m of trimmed.matchAll(MARKER)) {
    if (!isMarker(trimmed, m)) continue;
    const n: [number, number | undefined] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
    const written = m[0].trim();
    if (!marks.length) {
      if (m.index !== 0) break;
      marks.push({ index: 0, end: m[0].length, written, n });
    } else if (next(marks[marks.length - 1].n, n))
      marks.push({ index: m.index, end: m.index + m[0].length, written, n });
  }
  if (!marks.length) return [{ written: '', text: trimmed }];
  return marks.map((mark, i) => ({
    written: mark.written,
    text: trimmed
      .slice(mark.end, marks[i + 1]?.index ?? trimmed.length)
      .replace(/[\s;•]+$/, '')
      .trim(),
  }));
}
