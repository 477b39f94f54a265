/**
 * records.json is written from the spooled lines without parsing them (spooled-records.ts recordJson): the two paths,
 * the line turned into JSON and the record decoded then stringified, must give the same text. The spool's encoding
 * and decoding walk the record instead of calling a replacer and a reviver per value: each is compared with those.
 */
import { describe, expect, it } from 'vitest';
import type { OutputRecord } from '../../templates/index.js';
import { decodeRecord, encodeRecord, recordJson } from '../../pipeline/write/spooled-records.js';
import { readFile } from 'node:fs/promises';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { parseInput } from '../../pipeline/read/index.js';

const EXAMPLES = [
  'examples/management-response/iom-pseah-2023.xlsx',
  'examples/action-plan/workplan.xlsx',
  'examples/mapping/iom.xlsx',
  'examples/partner-assessment/assessments.xlsx',
  'examples/focal-points/focal-points.xlsx',
];

/** The spool's first encoding (a replacer and a reviver): the walkers that replaced them must write the same. */
const replacerEncode = (record: OutputRecord) =>
  JSON.stringify(record, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.getTime() } : value;
  });
const reviverDecode = (line: string) =>
  JSON.parse(line, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && '$date' in value && Object.keys(value).length === 1)
      return new Date((value as Record<string, number | null>).$date ?? NaN);
    return value;
  }) as OutputRecord;

const both = (record: OutputRecord) => {
  const line = encodeRecord(record);
  expect(line).toBe(replacerEncode(record));
  const decoded = decodeRecord(line);
  expect(decoded).toEqual(reviverDecode(line));
  expect(decoded).toEqual(record);
  return [recordJson(line), JSON.stringify(decoded)];
};

describe('records.json from the spool', () => {
  it('writes dates as Date.toJSON does, an invalid one as null, and texts that look like a tag as texts', () => {
    const record = {
      source: { file: 'a.xlsx', sheet: 'S', row: 2 },
      values: { due: new Date(Date.UTC(2026, 2, 31)), bad: new Date(NaN), text: '{"$date":5}', n: -1.5 },
      derived: { due_date: new Date(-86_400_000), far: new Date(Date.UTC(12000, 0, 1)), list: ['x', null] },
      extra: { 'extra: {"$date":1}': new Date(0) },
    } as unknown as OutputRecord;
    const [fast, slow] = both(record);
    expect(fast).toBe(slow);
    expect(fast).toContain('"due":"2026-03-31T00:00:00.000Z"');
    expect(fast).toContain('"bad":null');
    expect(fast).toContain('"text":"{\\"$date\\":5}"');
    expect(fast).toBe(JSON.stringify(record));
  });

  it('agrees with the records of the bundled examples, line for line', async () => {
    const records: OutputRecord[] = [];
    for (const name of EXAMPLES) {
      const grid = await parseInput(await readFile(name), name, name);
      const analysis = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
      records.push(...analysis.sheets.flatMap((s) => s.records));
    }
    expect(records.length).toBeGreaterThan(100);
    // Their dates (appointments, timelines, starts) are the case the fast path must get right.
    expect(records.filter((r) => encodeRecord(r).includes('{"$date":')).length).toBeGreaterThan(0);
    for (const record of records) {
      const [fast, slow] = both(record);
      expect(fast).toBe(slow);
    }
  });
});
