/**
 * Finds a template's header among a sheet's first rows: every window of one, two or three rows is read as
 * columns (a label spanning several columns is a group label over them: "Time 2" over "Status" | "Comments";
 * a text broken over rows in one column is one header: WFP's "Evaluation / recommendation / no."), and the
 * window naming the most fields wins; fewer rows, then the higher one, on ties.
 */
import type { CellValue } from '../types.js';
import type { TemplateDef } from '../schema.js';
import { cellText } from '../text.js';
import { assignColumns, mayCount, type HeaderMatch } from './assign.js';
import { MAX_HEADER_CHARS, type HeaderText } from './matcher.js';

/** How far down people put the header row, below titles and header blocks. */
export const HEADER_SEARCH_ROWS = 30;
/** Most rows one header is split over. */
export const MAX_HEADER_ROWS = 3;

/** Consecutive repeats (a vertical merge read as copies) said once. */
function distinctRun(parts: readonly string[]): string[] {
  return parts.filter((p, i) => p && p !== parts[i - 1]);
}

export type WindowColumn = HeaderText & { index: number; header: string };

/**
 * The header texts of a window of rows. A blank upper cell carries the label on its left while the rows below
 * have text (an unmerged group label); a label covering two or more columns is a group label. `grouped`: the lower
 * rows only hold sub-headers under group labels (UNFPA's dated round over "Status" | "Comments").
 */
export function windowTexts(rows: readonly (readonly CellValue[] | undefined)[]): WindowTexts {
  return textWindow(rows.map(rowTexts));
}

export interface WindowTexts {
  columns: WindowColumn[];
  grouped: boolean;
}

const rowTexts = (row: readonly CellValue[] | undefined): string[] => (row ?? []).map((v) => cellText(v));

/** windowTexts of rows already read as text (HeaderWindows reads each row once for its three windows). */
function textWindow(texts: readonly (readonly string[])[]): WindowTexts {
  const width = Math.max(0, ...texts.map((t) => t.length));
  const last = texts.length - 1;
  // One row: no group label, no carried label; each column is its own text (the general case gives the same).
  if (last === 0)
    return {
      columns: Array.from({ length: width }, (_, c) => ({
        index: c,
        header: texts[0][c] ?? '',
        own: texts[0][c] ?? '',
      })),
      grouped: false,
    };
  const labels = texts.map((row, r) => {
    if (r === last) return row;
    const out: string[] = [];
    let carried = '';
    for (let c = 0; c < width; c++) {
      let below = false;
      for (let b = r + 1; b <= last && !below; b++) below = !!texts[b][c];
      if (row[c]) carried = row[c];
      else if (!below) carried = '';
      out.push(row[c] || (below ? carried : ''));
    }
    return out;
  });
  const spans = (r: number, c: number) => {
    const l = labels[r][c];
    return !!l && r < last && (labels[r][c - 1] === l || labels[r][c + 1] === l);
  };
  const columns = Array.from({ length: width }, (_, c) => {
    const group = distinctRun(labels.map((l, r) => (spans(r, c) ? l[c] : '')));
    const own = distinctRun(labels.map((l, r) => (spans(r, c) ? '' : (l[c] ?? ''))));
    const header = distinctRun([...group, ...own]).join(' ');
    return { index: c, header, own: own.join(' '), ...(group.length ? { group: group.join(' ') } : {}) };
  });
  // A title over the whole width is not a group label: the row above must hold more than one label. Headers left
  // of the first group label stand alone ("Agency" beside areas labelled over a checklist's standards).
  const firstLabel = (r: number) => texts[r].findIndex(Boolean);
  const grouped =
    last > 0 &&
    labels.slice(0, last).every((l) => new Set(l.filter(Boolean)).size > 1) &&
    texts.slice(1).every((row, i) => row.every((t, c) => !t || t === texts[i][c] || spans(i, c) || c < firstLabel(i)));
  return { columns, grouped };
}

/**
 * The window texts of one sheet's first rows, each made once: every kind looks for its header in the same windows
 * (five kinds, 90 windows each: making the same texts five times was 15% of a 100-matrix validate's profile).
 */
export class HeaderWindows {
  private readonly made = new Map<number, WindowTexts>();
  private readonly quick = new Map<number, number>();
  private readonly bounds = new Map<number, number>();
  private readonly rowTexts: (readonly string[] | undefined)[] = [];

  constructor(readonly rows: readonly (readonly CellValue[] | undefined)[]) {}

  /**
   * Whether the window may name `floor` fields, for any kind: it has that many columns short enough to be counted
   * (mayCount; prose never is). Told first from the rows' texts, without making the window's: a column counts only
   * if one of its rows has text, and never when its last row holds prose (that text is part of its own header).
   */
  mayReach(start: number, size: number, floor: number): boolean {
    const key = start * (MAX_HEADER_ROWS + 1) + size;
    let quick = this.quick.get(key);
    if (quick === undefined) {
      const texts = this.textsOf(start, Math.min(start + size, this.rows.length));
      const last = texts[texts.length - 1];
      const width = Math.max(0, ...texts.map((t) => t.length));
      quick = 0;
      for (let c = 0; c < width; c++)
        if ((last[c]?.length ?? 0) <= MAX_HEADER_CHARS && texts.some((t) => t[c])) quick++;
      this.quick.set(key, quick);
    }
    if (quick < floor) return false;
    let bound = this.bounds.get(key);
    if (bound === undefined) {
      bound = 0;
      for (const column of this.texts(start, size).columns) if (mayCount(column)) bound++;
      this.bounds.set(key, bound);
    }
    return bound >= floor;
  }

  /** The texts of rows [start, end), each row read once. */
  private textsOf(start: number, end: number): (readonly string[])[] {
    for (let r = start; r < end; r++) this.rowTexts[r] ??= rowTexts(this.rows[r]);
    return this.rowTexts.slice(start, end) as (readonly string[])[];
  }

  texts(start: number, size: number): WindowTexts {
    const key = start * (MAX_HEADER_ROWS + 1) + size;
    let texts = this.made.get(key);
    if (!texts) {
      const end = Math.min(start + size, this.rows.length);
      this.made.set(key, (texts = textWindow(this.textsOf(start, end))));
    }
    return texts;
  }
}

/** The header read from the window of rows starting at `start`. */
export function readWindow(def: TemplateDef, windows: HeaderWindows, start: number, size: number): HeaderMatch {
  const read = windows.texts(start, size);
  const { columns, fieldColumns, repeatedFields, score, strength } = assignColumns(def, read.columns);
  const height = Math.min(size, windows.rows.length - start);
  const indices = Array.from({ length: height }, (_, i) => start + i);
  const match: HeaderMatch = { rows: indices, columns, fieldColumns, repeatedFields, score, strength };
  if (read.grouped) match.grouped = true;
  return match;
}

/** More fields; on a tie sub-headers kept with their group labels, then fewer rows, then more strongly named. */
export function better(a: HeaderMatch, b: HeaderMatch | undefined): boolean {
  if (!b || a.score !== b.score) return !b || a.score > b.score;
  if (!!a.grouped !== !!b.grouped) return !!a.grouped;
  if (a.rows.length !== b.rows.length) return a.rows.length < b.rows.length;
  return a.strength > b.strength + 1e-9;
}

/**
 * The best header window starting in rows [from, to), or undefined when none names `min` fields. `windows`: texts
 * already made over the same rows (by another kind's search).
 *
 * A window that cannot name `min` fields, or as many as the best so far (HeaderWindows.mayReach), cannot be chosen:
 * it is skipped unscored, and the choice stays the exhaustive search's (test/headers/pruned-search.test.ts keeps that
 * search as the oracle). On a bench matrix nearly all 90 windows are prose rows under the header: skipping them, and
 * other kinds' searches once the matrix names 16 fields, took a 100-matrix validate from 4.4 s to 2.2 s of CPU.
 */
export function bestWindow(
  def: TemplateDef,
  rows: readonly (readonly CellValue[] | undefined)[],
  from: number,
  to: number,
  min: number,
  windows = new HeaderWindows(rows),
): HeaderMatch | undefined {
  if (windows.rows !== rows) throw new Error('bestWindow: the windows were made over other rows');
  let best: HeaderMatch | undefined;
  for (let r = from; r < Math.min(to, rows.length); r++) {
    // The first row alone, read when a window needs it: a longer window is compared with it.
    let single: HeaderMatch | undefined;
    const alone = () => (single ??= readWindow(def, windows, r, 1));
    for (let size = 1; size <= MAX_HEADER_ROWS && r + size <= rows.length; size++) {
      if (!windows.mayReach(r, size, best ? Math.max(min, best.score) : min)) continue;
      const candidate = size === 1 ? alone() : readWindow(def, windows, r, size);
      // A longer window counts when it names more fields than its first row alone, or holds its sub-headers.
      if (size > 1) {
        const first = alone();
        if (candidate.score < first.score || (candidate.score === first.score && !candidate.grouped)) continue;
      }
      if (better(candidate, best)) best = candidate;
    }
  }
  return best && best.score >= min ? best : undefined;
}
