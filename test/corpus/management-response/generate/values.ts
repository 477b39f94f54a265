/** Due dates and statuses as written, with what they mean (for the expected manifest). */
import type { Due, RoundStatus, StatusClass } from './model.js';

/** The date every expectation is computed for (overdue days): pass it as --as-of. */
export const AS_OF = '2026-11-23';

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A due date written as a month ("2019/03", "Mar 2026", "End May 2021"): due on its last day. */
export const dueMonth = (written: string, y: number, m: number, note?: string): Due => ({
  written,
  iso: iso(y, m, lastDay(y, m)),
  precision: 'month',
  ...(note ? { note } : {}),
});

/** A quarter ("Q1 2026", "T2 2026"): due on the quarter's last day. */
export const dueQuarter = (written: string, y: number, q: number): Due => ({
  written,
  iso: iso(y, q * 3, lastDay(y, q * 3)),
  precision: 'quarter',
});

export const dueDay = (written: string | number, y: number, m: number, d: number, note?: string): Due => ({
  written,
  iso: iso(y, m, d),
  precision: 'day',
  ...(note ? { note } : {}),
});

export const noDue = (written: string): Due => ({ written, precision: 'none' });
export const badDue = (written: string, note: string): Due => ({ written, precision: 'unreadable', note });

/** A JS date for an Excel date cell (UTC midnight, as the product reads it). */
export const excelDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** An Excel date cell and what it means. */
export function dateCell(y: number, m: number, d: number): [Date, Due] {
  const due = dueDay('', y, m, d);
  return [excelDate(y, m, d), { ...due, written: `date cell ${due.iso}` }];
}

export const status = (round: string, written: string, cls: StatusClass | null, overdue = false): RoundStatus =>
  overdue ? { round, written, class: cls, overdue_flag: true } : { round, written, class: cls };

/** Days from a due date to the as-of date (positive when overdue). */
export function daysLate(dueIso: string, asOf: string): number {
  return Math.round((Date.parse(asOf) - Date.parse(dueIso)) / 86_400_000);
}
