/**
 * Issue 15, "one bad file never takes the batch down": a looping, an aborting and a heap-exhausting file
 * next to a good one; each file's own time and memory budget. Every CLI run here is a child process killed
 * after a bound, so a regression fails as "timed out" instead of hanging the suite.
 * On the code before this change: the batch hung (unquoted attribute), or the whole process aborted
 * ("Fatal JavaScript invalid size error", column ZZZZZZ), or ran out of heap (merge Q1:XFD1048576).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as hostile from '../fixtures/hostile/files.js';
import * as corpus from '../fixtures/bad/xlsx-corpus.js';
import { expectOneLinePerFile, freshDir, recordSources } from '../bad/xlsx-batch.js';
import { pseaBounded, type Bounded } from './bounded.js';

const OUTSIDE = /outside Excel's grid of 16,384 columns by 1,048,576 rows/;

let dir: string;
let good: string;
let good2: string;
let long: string;
const bad: Record<string, { path: string; reason: RegExp }> = {};

beforeAll(async () => {
  dir = await freshDir('hostile-batch');
  good = await corpus.goodMatrix(dir);
  good2 = await corpus.goodMatrix(dir, 'good-too.xlsx');
  const cases = {
    'loop.xlsx': [hostile.unquotedAttribute(), /the XML of sheet "Matrix" is not well-formed at <c r=~A4>/],
    'zzzzzz.xlsx': [hostile.farColumn(), /refers to "ZZZZZZ4", outside Excel's grid/],
    'far-row.xlsx': [hostile.farRow(), /refers to "99999999:99999999", outside Excel's grid/],
    'merge-bomb.xlsx': [hostile.mergeBomb(), /more than 10,000,000 filled cells.*PSEA_MAX_CELLS/],
    'merge-outside.xlsx': [hostile.mergeOutside(), /refers to "A2:A2000000", outside Excel's grid/],
    'dimension.xlsx': [hostile.dimensionOutside(), /refers to "A1:ZZZZZ9", outside Excel's grid/],
  } as const;
  for (const [name, [bytes, reason]] of Object.entries(cases))
    bad[name] = { path: await hostile.save(dir, name, bytes), reason };
  long = await corpus.longMatrix(await freshDir('hostile-long'), 'long.xlsx', 80_000);
});

/** Not killed by the test's bound, then exit 2 and one line per refused file. */
function expectOneLineEach(run: Bounded, refused: Record<string, RegExp>): void {
  expect(run.timedOut, `timed out after ${run.ms} ms`).toBe(false);
  expectOneLinePerFile(run, refused);
}

describe('one bad file never takes the batch down', () => {
  it('a looping, an aborting and a heap-exhausting file are each one line; the good file is consolidated', async () => {
    const refused = Object.fromEntries(Object.values(bad).map((b) => [b.path, b.reason]));
    const files = [good, ...Object.values(bad).map((b) => b.path)];
    const out = join(dir, 'out');
    const consolidate = await pseaBounded(40_000, ['consolidate', ...files, '--out', out, '--quiet']);
    expectOneLineEach(consolidate, refused);
    expect(await recordSources(out)).toEqual([good]);
    expectOneLineEach(await pseaBounded(40_000, ['validate', ...files]), refused);
  }, 100_000);

  it('refuses references outside Excel grid before allocating for them, within a small heap', async () => {
    for (const name of ['zzzzzz.xlsx', 'far-row.xlsx', 'merge-outside.xlsx', 'dimension.xlsx']) {
      const run = await pseaBounded(30_000, ['validate', bad[name].path], { PSEA_MAX_MEMORY_MB: '48' });
      expect(run.stderr, name).toMatch(OUTSIDE);
      expect(run.stderr, name).not.toMatch(/memory/);
    }
  }, 150_000);
});

describe('each file has its own time and memory budget', () => {
  it('a file past its time is stopped and reported in one line, and the next file is read', async () => {
    const out = join(dir, 'out-time');
    // One worker: the file after the stopped one runs on a fresh worker.
    const env = { PSEA_MAX_SECONDS: '2', PSEA_WORKERS: '1' };
    const run = await pseaBounded(45_000, ['consolidate', long, good, '--out', out, '--quiet'], env);
    expectOneLineEach(run, { [long]: /took more than 2 s, the time limit per file .*PSEA_MAX_SECONDS=<seconds>/ });
    expect(await recordSources(out)).toEqual([good]);
    const report = JSON.parse(await readFile(join(out, 'findings.json'), 'utf8')) as {
      inputs: { file: string; read: boolean }[];
      findings: { rule: string; file: string }[];
    };
    expect(report.inputs.filter((i) => !i.read).map((i) => i.file)).toEqual([long]);
    expect(report.findings.filter((f) => f.rule === 'read.too-slow').map((f) => f.file)).toEqual([long]);
  });

  it('a file past its memory is stopped and reported in one line, and the other files are consolidated', async () => {
    const out = join(dir, 'out-memory');
    const run = await pseaBounded(45_000, ['consolidate', good, long, good2, '--out', out, '--quiet'], {
      PSEA_MAX_MEMORY_MB: '64',
    });
    expectOneLineEach(run, {
      [long]: /needed more than 64 MB of memory, the limit per file .*PSEA_MAX_MEMORY_MB=<MB>/,
    });
    expect((await recordSources(out)).sort()).toEqual([good, good2].sort());
    const validate = await pseaBounded(45_000, ['validate', long, good], { PSEA_MAX_MEMORY_MB: '64' });
    expectOneLineEach(validate, { [long]: /needed more than 64 MB of memory/ });
  }, 120_000);
});
