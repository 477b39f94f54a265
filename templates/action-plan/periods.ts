/**
 * Gantt columns of a workplan: quarters ("Q1 2026", "T2", "Trimestre 3") and months ("Jan", "Février 2026",
 * "2026 Jan" under a year merged over the months). A task's marked periods (x, ✓, any text, or a fill colour) give
 * its timeframe: the first marked period's first day is the start, the last one's last day the due date.
 */
import type { KeyedColumn } from '../core/schema.js';
import type { CellValue } from '../core/types.js';
import type { AboveRow, KeyedCell } from '../core/table.js';
import { cellText, foldKey, isBlank } from '../core/text.js';
import { MONTHS } from '../core/months.js';

/** A period as its header names it; the year may come from above the header or from the sheet. */
export interface Period {
  /** 'Q' quarter or 'M' month. */
  unit: 'Q' | 'M';
  n: number;
  year?: number;
}

const QUARTER = /^(?:(\d{4})\s+)?(?:q|t|quarter|trimestre|trim)\s*([1-4])(?:\s+(\d{4}))?$/;
const MONTH_HEADER = /^(?:(\d{4})\s+)?([a-z]+)(?:\s+(\d{4}|\d{2}))?$/;

export function periodOf(header: string): Period | undefined {
  const folded = foldKey(header);
  const q = QUARTER.exec(folded);
  if (q) return withYear({ unit: 'Q', n: Number(q[2]) }, q[1] ?? q[3]);
  const m = MONTH_HEADER.exec(folded);
  const month = m && MONTHS.get(m[2]);
  if (!m || !month) return undefined;
  return withYear({ unit: 'M', n: month }, m[1] ?? m[3]);
}

function withYear(period: Period, year: string | undefined): Period {
  if (!year) return period;
  return { ...period, year: year.length === 2 ? 2000 + Number(year) : Number(year) };
}

/** "Q1@2026", "M03@" (year unknown): the key a Gantt column carries. */
export function periodKey(p: Period): string {
  return `${p.unit}${String(p.n).padStart(2, '0')}@${p.year ?? ''}`;
}

export function parsePeriodKey(key: string): Period | undefined {
  const m = /^([QM])(\d{2})@(\d{4})?$/.exec(key);
  if (!m) return undefined;
  return { unit: m[1] as 'Q' | 'M', n: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
}

export function periodColumn(header: string): KeyedColumn | undefined {
  const period = periodOf(header);
  return period ? { field: 'period', key: periodKey(period) } : undefined;
}

/** A year written above a Gantt column (the year merged over its months), if any. */
export function yearAbove(above: readonly AboveRow[], index: number): number | undefined {
  for (let r = above.length - 1; r >= 0; r--) {
    const m = /^(?:FY\s*)?(\d{4})$/i.exec(above[r].texts[index] ?? '');
    if (m) return Number(m[1]);
  }
  return undefined;
}

const NOT_MARKS = new Set(['0', 'no', 'non', 'n', 'false', 'faux', 'falso']);

/** A cell that marks its period: any text but a dash, 0 or no. */
export function isMark(value: CellValue): boolean {
  if (isBlank(value) || value === false || value === 0) return false;
  const text = cellText(value);
  return !/^[-–—.]+$/.test(text) && !NOT_MARKS.has(foldKey(text));
}

/**
 * White is the one fill that marks nothing. Both paths hand colours resolved as Excel shows them ("FFD9D9D9"), so a
 * grey "Background 1, darker 15%" or a black "Text 1" bar is a mark, whatever theme index the file stored.
 */
const NO_COLOUR = new Set(['FFFFFFFF']);

/**
 * A Gantt cell filled with a colour marks its period, unless the whole row is banded: the task's own cell has the
 * same fill.
 */
export function isColourMark(fills: Readonly<Record<number, string>> | undefined, index: number, task?: number) {
  const colour = fills?.[index];
  if (!colour || NO_COLOUR.has(colour)) return false;
  return task === undefined || fills?.[task] !== colour;
}

export interface MarkedPeriod {
  period: Period;
  cell: KeyedCell;
}

/** The first day of a period's first month and the last day of its last month. */
export function periodSpan(p: Required<Period>): { start: string; end: string } {
  const first = p.unit === 'Q' ? p.n * 3 - 2 : p.n;
  const last = p.unit === 'Q' ? p.n * 3 : p.n;
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = new Date(Date.UTC(p.year, last, 0)).getUTCDate();
  return { start: `${p.year}-${pad(first)}-01`, end: `${p.year}-${pad(last)}-${pad(days)}` };
}
