/**
 * One cell's <v> text to a plain value, as the tool that wrote it meant it: booleans as written in
 * either spelling XML allows, ISO dates (t="d") as calendar dates whatever the time zone, numbers as
 * stored (a serial in a date style is the core's to read as a date: templates/core/raw-cells.ts).
 */
import type { CellValue } from '../../../templates/index.js';

/** xsd:boolean: 1/true and 0/false; anything else is kept as the text it is. */
export function booleanValue(text: string): boolean | string {
  const t = text.trim();
  if (t === '1' || t === 'true') return true;
  if (t === '0' || t === 'false') return false;
  return text;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date or date-time of a t="d" cell as the calendar date and clock time written, in the
 * UTC convention every reader here uses for dates: 2027-03-01 is 2027-03-01 in Tokyo and in Los Angeles.
 * A zone suffix says where the writer's clock was; the calendar date it wrote is what the user means.
 */
export function isoCalendarDate(text: string): Date | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m.slice(1);
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  const date = new Date(Date.UTC(2000, 0, 1, Number(h), Number(mi), Number(s), ms));
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d)); // years before 100 are not 19xx
  // Date.UTC rolls 2027-02-30 over to March: only a real calendar date is one.
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(mo) - 1 ? date : undefined;
}

/** A number that is one (NaN and ±Infinity are handed over as numbers: the core reports them). */
export function numberValue(text: string): CellValue {
  return parseFloat(text);
}
