/**
 * Issue 15, rounds: records sharing one key. Before this change each record tried " #2", " #3", … in turn,
 * so 40,000 records on one key took 800 million lookups (minutes); the shared keys were not reported.
 * `psea diff` runs in a child killed after 40 s, so a regression fails instead of hanging the suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { diffRecords, keyRecords, DIFF_RULES, type DiffInputRecord } from '../../templates/core/diff.js';
import { freshDir } from '../bad/xlsx-batch.js';
import { pseaBounded } from './bounded.js';

const rec = (row: number, values: DiffInputRecord['values']): DiffInputRecord => ({
  source: { file: 'a.xlsx', sheet: 'S', row },
  values,
});

/** n mapping records of one agency and standard, with the status of each. */
const sameKey = (n: number, status: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => rec(i + 2, { agency: 'UNFPA', standard: 'MOS-1', status: status(i) }));

async function round(dir: string, records: DiffInputRecord[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = {
    format: 'psea-records/1',
    version: 'test',
    date: '2026-11-23',
    kinds: [{ kind: 'mapping', tablesKey: 'mapping', fields: [], derived: [], extra: [], records }],
  };
  await writeFile(join(dir, 'records.json'), JSON.stringify(file));
  return dir;
}

let base: string;
beforeAll(async () => {
  base = await freshDir('hostile-diff');
});

describe('records sharing one key', () => {
  it('are matched in order and the shared key is reported once per round', () => {
    const diff = diffRecords(
      'mapping',
      sameKey(3, () => 'In progress'),
      [...sameKey(2, (i) => (i ? 'In place' : 'In progress')), rec(9, { agency: 'IOM', standard: 'MOS-2' })],
    );
    expect(diff.counts).toEqual({ new: 1, updated: 1, unchanged: 1, removed: 1 });
    expect(diff.duplicates).toEqual([
      { kind: 'mapping', key: 'unfpa · mos 1', label: 'UNFPA · MOS-1', round: 'previous', count: 3 },
      { kind: 'mapping', key: 'unfpa · mos 1', label: 'UNFPA · MOS-1', round: 'current', count: 2 },
    ]);
    expect(
      diffRecords(
        'mapping',
        sameKey(1, () => 'x'),
        sameKey(1, () => 'x'),
      ).duplicates,
    ).toEqual([]);
  });

  it('never lose a record to a key the user wrote with a suffix ("x #2")', () => {
    const rule = DIFF_RULES['action-plan'];
    const keyed = keyRecords(
      [rec(2, { task: 'Train' }), rec(3, { task: 'Train #2' }), rec(4, { task: 'Train' })],
      rule,
    );
    expect([...keyed.keys()]).toEqual(['train', 'train #2', 'train #3']);
    expect(keyed.get('train #3')?.source.row).toBe(4);
  });

  it('40,000 of them: psea diff answers well inside its bound and names the key', async () => {
    const old = await round(
      join(base, 'old'),
      sameKey(40_000, () => 'In progress'),
    );
    const now = await round(
      join(base, 'new'),
      sameKey(40_000, (i) => (i % 2 ? 'In place' : 'In progress')),
    );
    const run = await pseaBounded(40_000, ['diff', old, now]);
    expect(run.timedOut, `killed after ${run.ms} ms`).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^new 0, updated 20000, unchanged 20000, removed 0; status transitions 20000/);
    expect(lines.filter((l) => l.startsWith('DUPLICATE'))).toEqual([
      'DUPLICATE mapping UNFPA · MOS-1: 40,000 records of the previous round share this key; they are matched in order',
      'DUPLICATE mapping UNFPA · MOS-1: 40,000 records of the current round share this key; they are matched in order',
    ]);
  }, 60_000);
});
