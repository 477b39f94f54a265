/**
 * Calendar periods as people write them in EN/FR/ES: a day ("15 April 2027", "March 29, 2027", "31/03/2027"), a
 * month ("Mar 2027", "2027/03", "fin juin 2027"), a quarter ("Q1 2027", "T1 2027") or a year. A period ends on
 * its last day: what is due "in March" is late from April 1.
 */
import { foldKey } from '../../core/text.js';
import { monthOf as monthIn, MONTHS_WITH_SET } from '../../core/months.js';

export type Precision = 'day' | 'month' | 'quarter' | 'year';

export interface Period {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  precision: Precision;
}

export function monthOf(word: string): number | undefined {
  return monthIn(word, MONTHS_WITH_SET);
}

const YEAR = /^(19|20|21)\d\d$/;

/** Words around a period that do not change it: "End May 2027", "By 15th April", "fin juin", "a finales de". */
const FILLERS = new Set(
  (
    'end by before until till no later than the of in on as at from deadline due ' +
    'fin d ici au plus tard avant le la en de du des au ' +
    'a finales finales fines para antes hasta el del en de'
  ).split(' '),
);

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A period's last day, yyyy-mm-dd; a missing year must be supplied. */
export function periodEnd(period: Period, year = period.year): string | undefined {
  if (year === undefined) return undefined;
  const month = period.month ?? (period.quarter ? period.quarter * 3 : 12);
  const day = period.day ?? lastDay(year, month);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

function valid(period: Period): Period | undefined {
  const { year, month, day } = period;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    if (month === undefined || day < 1 || day > lastDay(year ?? 2000, month)) return undefined;
  }
  return period;
}

/** "2027/03", "03/2027", "2027-03": a month written with numbers (full dates are the core's, see due.ts). */
function numericMonth(text: string): Period | undefined {
  let m = /^(\d{4})[/.-](\d{1,2})$/.exec(text);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), precision: 'month' });
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid({ year: Number(m[2]), month: Number(m[1]), precision: 'month' });
  return undefined;
}

/**
 * A period in free text, or undefined. Words are read one by one: a year, a month name, a day ("15", "15th",
 * "1er"), a quarter ("Q1", "T1", "1st quarter"); filler words are skipped; anything else makes it no period.
 */
export function parsePeriod(text: string): Period | undefined {
  const trimmed = text.trim();
  const numeric = numericMonth(trimmed.replace(/\s+/g, ''));
  if (numeric) return numeric;
  const words = foldKey(trimmed)
    .split(' ')
    .filter((w) => w && !FILLERS.has(w));
  if (!words.length) return undefined;
  const found: Period = { precision: 'year' };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const quarter = /^(?:q|t)([1-4])$/.exec(word);
    if (YEAR.test(word) && found.year === undefined) found.year = Number(word);
    else if (monthOf(word) !== undefined && found.month === undefined) found.month = monthOf(word);
    else if (quarter && found.quarter === undefined) found.quarter = Number(quarter[1]);
    else if (/^[1-4](?:st|nd|rd|th|er|e)?$/.test(word) && /^(?:quarter|trimestre)$/.test(words[i + 1] ?? '')) {
      found.quarter = Number(word[0]);
      i++;
    } else if (/^\d{1,2}(?:st|nd|rd|th|er|eme|e|o)?$/.test(word) && found.day === undefined) found.day = parseInt(word);
    else return undefined;
  }
  if (found.quarter !== undefined && (found.month !== undefined || found.day !== undefined)) return undefined;
  if (found.day !== undefined && found.month === undefined) return undefined;
  if (found.year === undefined && found.month === undefined && found.quarter === undefined) return undefined;
  found.precision =
    found.day !== undefined ? 'day' : found.month !== undefined ? 'month' : found.quarter ? 'quarter' : 'year';
  return valid(found);
}
