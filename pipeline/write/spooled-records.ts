/**
 * A record as one line of a spool and back, the same record: JSON with its dates tagged ({"$date": ms}), since
 * JSON alone would bring a Date back as text and the workbook would then write it as text, not as a date.
 */
import type { OutputRecord } from '../../templates/index.js';

const DATE = '$date';

export function encodeRecord(record: OutputRecord): string {
  return JSON.stringify(record, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.getTime() } : value;
  });
}

export function decodeRecord(line: string): OutputRecord {
  return JSON.parse(line, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && DATE in value && Object.keys(value).length === 1)
      return new Date((value as Record<string, number | null>)[DATE] ?? NaN);
    return value;
  }) as OutputRecord;
}

/** A tagged date inside a spooled line: JSON escapes every quote inside a text, so only a tag reads like this. */
const TAGGED = /\{"\$date":(-?\d+|null)\}/g;

/**
 * A spooled line as JSON.stringify writes its record (records.json), without parsing it: each tagged date becomes
 * its ISO text as Date.toJSON gives it, null for an invalid date.
 */
export function recordJson(line: string): string {
  if (!line.includes('{"$date":')) return line;
  return line.replace(TAGGED, (_, ms: string) => (ms === 'null' ? 'null' : `"${new Date(Number(ms)).toISOString()}"`));
}
