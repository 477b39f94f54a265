/**
 * Dates are calendar dates, not instants: the reader tests and the CLI give the same days in Tokyo (UTC+9),
 * Los Angeles (UTC-8/-7) and UTC. Before this change a t="d" cell "2027-03-31T00:00:00" read as
 * 2027-03-30 in Tokyo (JavaScript parses a date-time without offset as local time).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as hostile from '../fixtures/hostile/files.js';
import { freshDir } from '../bad/xlsx-batch.js';
import { pseaBounded, runBounded } from './bounded.js';

const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'];
/** The tests whose dates go through the readers and the core's date handling. */
const DATE_TESTS = ['test/hostile/structure.test.ts', 'test/core/dates.test.ts', 'test/read/fast-xlsx.test.ts'];

let plan: string;

beforeAll(async () => {
  plan = await hostile.save(await freshDir('hostile-tz'), 'plan.xlsx', hostile.isoDatePlan());
});

/** The environment of a child that must not think it is this vitest's worker. */
function childEnv(tz: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { TZ: tz, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(process.env)) if (key.startsWith('VITEST')) env[key] = undefined;
  return env;
}

describe('dates in every time zone', () => {
  it.each(ZONES)(
    'the reader and date tests pass with TZ=%s',
    async (tz) => {
      const vitest = join(process.cwd(), 'node_modules/vitest/vitest.mjs');
      const run = await runBounded([vitest, 'run', ...DATE_TESTS], 90_000, childEnv(tz));
      expect(run.timedOut).toBe(false);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Test Files\s+3 passed/);
    },
    120_000,
  );

  it('the CLI writes the same calendar days and overdue counts in each zone', async () => {
    const seen: string[] = [];
    for (const tz of ZONES) {
      const out = `${plan}-${tz.replace('/', '-')}`;
      const args = ['consolidate', plan, '--out', out, '--as-of', '2027-07-01', '--quiet'];
      const run = await pseaBounded(30_000, args, childEnv(tz));
      expect(run.code, run.stderr).not.toBe(2);
      const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as {
        kinds: { records: { values: Record<string, unknown> }[] }[];
      };
      const tables = await readFile(join(out, 'tables.json'), 'utf8');
      const days = records.kinds[0].records.map((r) => `${String(r.values.start)}→${String(r.values.due)}`);
      seen.push(JSON.stringify({ days, overdue: (JSON.parse(tables) as Record<string, unknown>)['action-plan'] }));
      expect(days[0], tz).toBe('2027-03-01T00:00:00.000Z→2027-03-31T00:00:00.000Z');
    }
    expect(new Set(seen).size).toBe(1);
  }, 120_000);
});
