/**
 * Due dates as people write them: Excel dates, ISO, dd/mm/yyyy, "2019/03", "Mar 2026", "Q1 2026", "End May 2021",
 * "By 15th April" (no year: the sheet's own year is taken, and said), "No due date". A text that is none of
 * these is unreadable: a finding, never a silent blank.
 */
import type { CellValue } from '../../core/types.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../../core/dates.js';
import { cellText, foldKey } from '../../core/text.js';
import { parsePeriod, periodEnd, type Period, type Precision } from './periods.js';

export type Due =
  /** `iso` is the period's last day; `period` is kept when the year was not written. */
  | {
      kind: 'date';
      text: string;
      iso: string;
      precision: Precision;
      parsed?: ParsedDate;
      /** Kept when the year was not written; `assumed` says which year was taken and from where. */
      period?: Period;
      assumed?: { year: number; from: 'sheet' | 'as-of' };
    }
  | { kind: 'none'; text: string }
  | { kind: 'invalid'; text: string };

/** "No due date" and its kin: said on purpose, so not unreadable (an accepted recommendation still needs one). */
const NO_DUE = new Set(
  [
    'no due date',
    'no date',
    'no deadline',
    'none',
    'n/a',
    'tbd',
    'to be determined',
    'to be confirmed',
    'tbc',
    'sans échéance',
    'pas d’échéance',
    'aucune',
    'à déterminer',
    'sin fecha',
    'sin plazo',
    'por determinar',
    'ninguna',
  ].map(foldKey),
);

/** Undefined for a blank cell; `order` is the sheet's day/month order when its other dates settle it. */
export function readDue(value: CellValue | undefined, order?: DayMonthOrder): Due | undefined {
  const text = cellText(value);
  if (!text) return undefined;
  if (NO_DUE.has(foldKey(text)) || /^[-–—]+$/.test(text)) return { kind: 'none', text };
  const parsed = parseDate(value, order);
  if (parsed) return { kind: 'date', text, iso: parsed.iso, precision: 'day', parsed };
  const period = parsePeriod(text);
  if (!period) return { kind: 'invalid', text };
  const iso = periodEnd(period);
  return iso
    ? { kind: 'date', text, iso, precision: period.precision }
    : { kind: 'date', text, iso: '', precision: period.precision, period };
}

/**
 * The year a sheet's dates without one belong to: the year its other due dates use most (the latest on a tie),
 * else the year of `asOf`.
 */
export function contextYear(
  dues: readonly (Due | undefined)[],
  asOf: string,
): { year: number; from: 'sheet' | 'as-of' } {
  const counts = new Map<number, number>();
  for (const due of dues) {
    if (due?.kind !== 'date' || !due.iso) continue;
    const year = Number(due.iso.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], from: 'sheet' } : { year: Number(asOf.slice(0, 4)), from: 'as-of' };
}

/** A due without its year, dated in the context year (and saying so). */
export function withYear(due: Due, context: { year: number; from: 'sheet' | 'as-of' }): Due {
  if (due.kind !== 'date' || !due.period) return due;
  return { ...due, iso: periodEnd(due.period, context.year) ?? '', assumed: context };
}
