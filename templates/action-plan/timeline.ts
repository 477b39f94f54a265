/**
 * Timeframes as a workplan writes them, in EN/FR/ES: "31st of March", "6th-13th of May" (a range), "By 29th of
 * April" (a due date only), "- By 8th of April send to GTF - By 15th April receive inputs" (dated steps: the first is
 * the start, the last the due date), "End May 2021", "mid-June", "Q3 2026", "May 2026", and plain dates. A date
 * without a year takes the year of the sheet's context.
 */
import { parseDate, type DayMonthOrder } from '../core/dates.js';
import { foldKey } from '../core/text.js';
import { MONTHS } from '../core/months.js';

/** A calendar day whose year may be unknown until the context gives it. */
export interface PartialDay {
  year?: number;
  month: number;
  day: number;
}

export interface TimelineStep {
  /** The first day the step covers and the last (the same for a single day). */
  from?: PartialDay;
  to: PartialDay;
  /** "By …", "avant le …", "antes del …": a deadline, not a start. */
  deadline: boolean;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The years the text states, in order. */
  years: number[];
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ORDINAL = '(?:st|nd|rd|th|er|eme|e|o|a)?';
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const YEAR = '(?:\\s+(?:de\\s+)?(\\d{4}))?';
const DEADLINE = /\b(by|before|until|no later than|d ici|avant|au plus tard|jusqu|para|antes|a mas tardar|hasta)\b/;

/** Patterns on folded text (lower case, no accents, punctuation as spaces), each giving one step. */
type Read = Omit<TimelineStep, 'deadline'> & { deadline?: boolean };
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Read | undefined }[] = [
  {
    // 6th-13th of May, 6 au 13 mai, del 6 al 13 de mayo
    re: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}\\s+(?:au|al|to|a)?\\s*(\\d{1,2})${ORDINAL}\\s+(?:of\\s+|de\\s+)?${MONTH}\\b${YEAR}`,
    ),
    read: (m) => {
      const month = MONTHS.get(m[3])!;
      const year = m[4] ? Number(m[4]) : undefined;
      return { from: { year, month, day: Number(m[1]) }, to: { year, month, day: Number(m[2]) } };
    },
  },
  {
    // end May 2021, fin mai, finales de mayo, mid June, mi juin, mediados de junio, early/beginning of May, debut mai
    re: new RegExp(
      `\\b(end|late|fin|fins|finales|finale|mid|mi|mediados|early|beginning|start|debut|principios|inicios)\\s+` +
        `(?:of\\s+|de\\s+)?${MONTH}\\b${YEAR}`,
    ),
    read: (m) => {
      const month = MONTHS.get(m[2])!;
      const year = m[3] ? Number(m[3]) : undefined;
      const when = m[1];
      const end = ['end', 'late', 'fin', 'fins', 'finales', 'finale'].includes(when);
      const mid = ['mid', 'mi', 'mediados'].includes(when);
      const day = end ? (year ? lastDay(year, month) : 0) : mid ? 15 : 1;
      // "End May": a deadline, as "By 31 May" would be.
      return { to: { year, month, day }, deadline: true };
    },
  },
  {
    // 31st of March, 6 avril 2026, 15 de abril
    re: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+|de\\s+)?${MONTH}\\b${YEAR}`),
    read: (m) => ({ to: { year: m[3] ? Number(m[3]) : undefined, month: MONTHS.get(m[2])!, day: Number(m[1]) } }),
  },
  {
    // March 31st, 2026
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL}\\b(?:\\s+(\\d{4}))?`),
    read: (m) => ({ to: { year: m[3] ? Number(m[3]) : undefined, month: MONTHS.get(m[1])!, day: Number(m[2]) } }),
  },
  {
    // Q3 2026, T3 2026
    re: /\b(?:q|t)([1-4])\s+(\d{4})\b/,
    read: (m) => {
      const year = Number(m[2]);
      const last = Number(m[1]) * 3;
      return { from: { year, month: last - 2, day: 1 }, to: { year, month: last, day: lastDay(year, last) } };
    },
  },
  {
    // May 2026, mai 2026, mayo de 2026
    re: new RegExp(`\\b${MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`),
    read: (m) => {
      const year = Number(m[2]);
      const month = MONTHS.get(m[1])!;
      return { from: { year, month, day: 1 }, to: { year, month, day: lastDay(year, month) } };
    },
  },
];

/** One line or segment of a timeline: its first dated pattern, if any. */
function step(segment: string): TimelineStep | undefined {
  const folded = foldKey(segment);
  for (const { re, read } of PATTERNS) {
    const m = re.exec(folded);
    const found = m && read(m);
    if (found && found.to.month >= 1 && found.to.day <= 31)
      return { ...found, deadline: found.deadline === true || DEADLINE.test(folded) };
  }
  return undefined;
}

/**
 * The dated steps of a timeline cell; undefined when it holds no date at all. Plain dates (Excel serials, ISO,
 * dd/mm/yyyy) are read as one step with their year.
 */
export function readTimeline(value: unknown, order?: DayMonthOrder): Timeline | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const plain = parseDate(value as Parameters<typeof parseDate>[0], order);
  if (plain) {
    const [year, month, day] = plain.iso.split('-').map(Number);
    return { steps: [{ to: { year, month, day }, deadline: false }], years: [year] };
  }
  if (typeof value !== 'string') return undefined;
  // Steps are lines, or segments of a line that start with "-" or "•" (the seed's "- By 8th … - By 15th …").
  const segments = value.split(/\n|(?:^|\s)[-•–]\s+(?=\D)|;/).filter((s) => s.trim());
  const steps = segments.flatMap((s) => step(s) ?? []);
  if (!steps.length) return undefined;
  const years = [...foldKey(value).matchAll(/\b(20\d\d|19\d\d)\b/g)].map((m) => Number(m[1]));
  return { steps, years };
}

/** A partial day with the context year filled in, as yyyy-mm-dd ("end of" a month without a year: its last day). */
export function dayIso(day: PartialDay, year: number): string | undefined {
  const y = day.year ?? year;
  const d = day.day === 0 ? lastDay(y, day.month) : day.day;
  if (d > lastDay(y, day.month)) return undefined;
  return `${y}-${String(day.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when some step of the timeline has no year of its own: the context gives it. */
export function needsYear(timeline: Timeline): boolean {
  return timeline.steps.some((s) => s.to.year === undefined || (s.from && s.from.year === undefined));
}

/**
 * Start and due of a timeline: dated steps give their first day as the start and the last as the due date; a single
 * deadline ("By 29th of April") gives a due date only; a single day is both.
 */
export function timelineSpan(timeline: Timeline, year: number): { start?: string; due?: string } {
  const { steps } = timeline;
  const first = steps[0];
  const last = steps[steps.length - 1];
  const due = dayIso(last.to, year);
  if (steps.length === 1 && first.deadline) return due ? { due } : {};
  const start = dayIso(first.from ?? first.to, year);
  return { ...(start ? { start } : {}), ...(due ? { due } : {}) };
}
