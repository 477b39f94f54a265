/**
 * A record as one line of a spool and back, the same record: JSON with its dates tagged ({"$date": ms}), since
 * JSON alone would bring a Date back as text and the workbook would then write it as text, not as a date.
 */
import type { OutputRecord } from '../../templates/index.js';

const DATE = '$date';

/** The record with each Date as its tag, copied only where one is: JSON.stringify then needs no replacer. */
function tagged(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.getTime() };
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((v, i) => {
      const t = tagged(v);
      if (t !== v) (out ??= value.slice())[i] = t;
    });
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(value)) {
    const t = tagged(v);
    if (t !== v) (out ??= { ...value })[key] = t;
  }
  return out ?? value;
}

/** Tags back to Dates, in place: what a reviver would do, without a call per value (JSON.parse's reviver is slow). */
function untagged(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = untagged(value[i]);
    return value;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (keys.length === 1 && keys[0] === DATE) return new Date((object[DATE] as number | null) ?? NaN);
  for (const key of keys) object[key] = untagged(object[key]);
  return object;
}

export function encodeRecord(record: OutputRecord): string {
  return JSON.stringify(tagged(record));
}

export function decodeRecord(line: string): OutputRecord {
  const value = JSON.parse(line) as unknown;
  return (line.includes('{"$date":') ? untagged(value) : value) as OutputRecord;
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
