/**
 * No run can damage inputs or good outputs: --out never over an input, our own output folders never read back,
 * one run at a time per folder, no stale temporary files, nothing replaced when nothing could be read, a hard
 * link read once, and outputs readable by their owner only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, psea } from '../cli-run.js';
import { openOutDir, OutDirError } from '../../pipeline/write/out-dir.js';

const MAPPING = join(process.cwd(), 'examples/mapping');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-out-dir-'));
});

async function inputFolder(name: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  for (const file of ['iom.xlsx', 'unicef.xlsx']) await copyFile(join(MAPPING, file), join(folder, file));
  return folder;
}

/** Every file of a folder with its bytes, to see that nothing changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort()) files[name] = (await readFile(join(folder, name))).toString('hex');
  return files;
}

const rowsRead = (stdout: string) => /rows read (\d+)/.exec(stdout)?.[1];

describe('--out and the inputs', () => {
  it('refuses an --out that holds inputs, in one line, and writes nothing', async () => {
    const data = await inputFolder('same');
    // The CSV export of an earlier run, kept as an input: --csv would write records-mapping.csv over it.
    const first = await psea('consolidate', data, '--out', join(dir, 'earlier'), '--csv', '--quiet');
    expect(first.code, first.stderr).toBe(0);
    await copyFile(join(dir, 'earlier', 'records-mapping.csv'), join(data, 'records-mapping.csv'));
    const before = await snapshot(data);
    const run = await psea('consolidate', data, '--out', data, '--csv');
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `psea: --out ${data} holds inputs of this run (iom.xlsx, records-mapping.csv, unicef.xlsx); ` +
        'choose a folder of its own',
    );
    expect(await snapshot(data)).toEqual(before);
  });

  it('an --out inside the input folder is never read back: the rows read stay the same run after run', async () => {
    const data = await inputFolder('inside');
    const out = join(data, 'out');
    const counts = [];
    for (let run = 0; run < 3; run++) {
      const result = await psea('consolidate', data, '--out', out, '--csv', '--report-only');
      expect(result.code, result.stderr).toBe(0);
      counts.push(rowsRead(result.stdout));
      if (run) expect(result.stderr).toContain(`psea: ${out}: an output folder of psea; not read`);
    }
    expect(counts).toEqual(['30', '30', '30']);
    const glob = await psea('consolidate', `${data}/**/*.{xlsx,csv}`, '--out', out, '--report-only');
    expect(rowsRead(glob.stdout)).toBe('30');
  });
});

describe('one run at a time per output folder', () => {
  it('a second run says the folder is in use (exit 2); a lock left by a killed run is taken over', async () => {
    const out = join(dir, 'locked');
    const fifo = join(dir, 'never-written.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Reading a FIFO nobody writes blocks: the first run holds the folder until it is killed.
    const first = spawn('node', [CLI, 'consolidate', fifo, '--out', out], { stdio: 'ignore' });
    let exited = false;
    first.once('exit', () => (exited = true));
    const lock = join(out, '.psea-lock');
    // A loaded machine can take seconds to start node: wait for the lock (or the run's end), not a fixed time.
    while (!existsSync(lock) && !exited) await new Promise((r) => setTimeout(r, 50));
    expect(exited, 'the first run ended before it locked the folder').toBe(false);
    // The lock appears with its process id in it (out-dir.ts links it whole), so it is read as soon as it exists.
    expect(await readFile(lock, 'utf8')).toBe(`${first.pid}\n`);
    const second = await psea('consolidate', join(MAPPING, 'iom.xlsx'), '--out', out);
    expect(second.code).toBe(2);
    expect(second.stderr.trim()).toBe(
      `psea: ${out} is in use by another psea run (process ${first.pid}); try again when it ends`,
    );
    expect((await readdir(out)).sort()).toEqual(['.psea-lock']);
    first.kill('SIGKILL');
    if (!exited) await new Promise((r) => first.once('exit', r));
    const third = await psea('consolidate', join(MAPPING, 'iom.xlsx'), '--out', out, '--report-only');
    expect(third.code, third.stderr).toBe(0);
    expect(await readdir(out)).toContain('records.json');
    expect(existsSync(lock)).toBe(false);
  }, 180_000);

  it('two runs taking one folder at the same instant: one holds it, the other is told it is in use', async () => {
    // A lock seen between its creation and its process id being written (an empty file) was once taken for a
    // dead run's and taken over: both runs went on. In one process both "runs" share a live pid, so the loser
    // must see that pid; repeated, since the race is between two file-system calls.
    for (let i = 0; i < 40; i++) {
      const out = join(dir, `race-${i}`);
      await mkdir(out);
      const runs = await Promise.allSettled([openOutDir(out, []), openOutDir(out, [])]);
      const held = runs.filter((r) => r.status === 'fulfilled');
      const refused = runs.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason);
      for (const r of held) await r.value.release(false);
      expect([held.length, refused.length], `attempt ${i}`).toEqual([1, 1]);
      expect(refused[0]).toBeInstanceOf(OutDirError);
      expect(String(refused[0].message)).toContain(`in use by another psea run (process ${process.pid})`);
      expect(await readdir(out)).toEqual([]);
    }
  });

  it('cleans the temporary files a killed run left, and only ours', async () => {
    const out = join(dir, 'stale');
    expect((await psea('consolidate', join(MAPPING, 'iom.xlsx'), '--out', out, '--report-only')).code).toBe(0);
    const stale = ['.consolidated.xlsx.3fa9c01b.tmp', '.findings.json.0badc0de.tmp'];
    const theirs = ['.keep', 'notes.tmp', '.draft.xlsx.tmp'];
    for (const name of [...stale, ...theirs]) await writeFile(join(out, name), 'confidential rows');
    const run = await psea('consolidate', join(MAPPING, 'iom.xlsx'), '--out', out, '--report-only');
    expect(run.code).toBe(0);
    const left = await readdir(out);
    for (const name of stale) expect(left).not.toContain(name);
    for (const name of theirs) expect(left).toContain(name);
  });
});

describe('nothing readable', () => {
  it('writes nothing and exits 2: the previous good outputs, records.json included, stay', async () => {
    const out = join(dir, 'good');
    expect((await psea('consolidate', MAPPING, '--out', out, '--report-only')).code).toBe(0);
    const before = await snapshot(out);
    const none = await psea('consolidate', join(dir, 'nosuch*.xlsx'), '--out', out);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('nosuch*.xlsx: no .xlsx or .csv file found');
    expect(none.stderr).toContain(`psea: nothing could be read; ${out} is left as it was`);
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a workbook');
    expect((await psea('consolidate', broken, '--out', out)).code).toBe(2);
    expect(await snapshot(out)).toEqual(before);
    const fresh = join(dir, 'never-made');
    expect((await psea('consolidate', broken, '--out', fresh)).code).toBe(2);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('a file reached twice', () => {
  it('through a hard link is read once', async () => {
    const data = join(dir, 'hard');
    await mkdir(data);
    await copyFile(join(MAPPING, 'iom.xlsx'), join(data, 'iom.xlsx'));
    await link(join(data, 'iom.xlsx'), join(data, 'iom copy.xlsx'));
    const run = await psea('consolidate', data, '--out', join(dir, 'hard-out'), '--report-only');
    expect(run.stdout).toMatch(/^1 file · rows read 15 /m);
    expect(run.stderr).toContain('1 file reached by more than one path');
  });
});

describe('outputs are readable by their owner only', () => {
  it('files 0600, the folder we create 0700', async () => {
    const out = join(dir, 'private', 'round-1');
    expect((await psea('consolidate', MAPPING, '--out', out, '--csv', '--report-only')).code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, 'private'))).mode & 0o777).toBe(0o700);
    const names = (await readdir(out)).filter((n) => !n.startsWith('.'));
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) expect([name, (await stat(join(out, name))).mode & 0o777]).toEqual([name, 0o600]);
    const template = join(dir, 'private', 'blank.xlsx');
    expect((await psea('template', 'mapping', '--out', template)).code).toBe(0);
    expect((await stat(template)).mode & 0o777).toBe(0o600);
  });
});
