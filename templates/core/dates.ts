/**
 * Dates as people type them in sheets: Excel serials, ISO strings, dd/mm/yyyy, JS Dates.
 * Pure: no locale, no time zone (every date is a calendar day in UTC).
 */
import type { CellValue } from './types.js';
import { cellText } from './text.js';

export type DayMonthOrder = 'dmy' | 'mdy';

export interface ParsedDate {
  /** yyyy-mm-dd. */
  iso: string;
  /** Both day/month readings are valid and differ, and nothing settled the order. */
  ambiguous?: { dmy: string; mdy: string };
  /**
   * Read from a bare number (or digits) as an Excel date serial: a guess, since the cell was not formatted as a date
   * (a date-formatted number reaches here as a Date: templates/core/raw-cells.ts).
   */
  serial?: true;
}

/** Excel's day 0 is 1899-12-30 (it counts the 1900 leap day that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** 1950-01-01: smaller numbers are years ("2027") or counts typed in a date column, not dates of a plan. */
export const MIN_SERIAL = 18_264;

export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial > 109_574) return undefined;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The first two numbers of "a/b/yyyy", when the text has that shape. */
export function dayMonthParts(text: string): [number, number, number] | undefined {
  const m = NUMERIC.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/**
 * The order a file's slashed dates use, when one of them can only be read one way
 * (31/03/2021 → dmy, 03/31/2021 → mdy). Undefined when none settles it or they disagree.
 */
export function inferDayMonthOrder(values: readonly CellValue[]): DayMonthOrder | undefined {
  const seen = new Set<DayMonthOrder>();
  for (const value of values) {
    const parts = typeof value === 'string' ? dayMonthParts(value) : undefined;
    if (!parts) continue;
    if (parts[0] > 12 && parts[1] <= 12) seen.add('dmy');
    if (parts[1] > 12 && parts[0] <= 12) seen.add('mdy');
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * A cell as a calendar day, or undefined when it is not a date. `order` is the file's
 * day/month order when known; without it dd/mm/yyyy is read, and a text that also reads
 * as a different valid mm/dd/yyyy is marked ambiguous.
 */
export function parseDate(value: CellValue | undefined, order?: DayMonthOrder): ParsedDate | undefined {
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : { iso: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') {
    const iso = excelSerialToIso(value);
    return iso ? { iso, serial: true } : undefined;
  }
  const text = cellText(value);
  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text), order);
  const iso = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (iso) {
    const day = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return day ? { iso: day } : undefined;
  }
  const parts = dayMonthParts(text);
  if (!parts) return undefined;
  const [a, b, year] = parts;
  const dmy = isoOf(year, b, a);
  const mdy = isoOf(year, a, b);
  if (order === 'mdy') return mdy ? { iso: mdy } : undefined;
  if (order === 'dmy' || !dmy || !mdy || dmy === mdy) return dmy ? { iso: dmy } : undefined;
  return { iso: dmy, ambiguous: { dmy, mdy } };
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
