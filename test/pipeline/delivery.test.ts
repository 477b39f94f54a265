/**
 * Issue 17: a worker delivers a file's records and findings in parts (pipeline/parallel/delivery.ts). The outputs are
 * those of one message, and a file whose worker fails after its first part leaves nothing of it in any output: the
 * report sets it aside with its reason, the other files are consolidated, and the staging is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidateStreaming } from '../../pipeline/consolidate.js';
import { StreamedOutputs } from '../../pipeline/write/streamed-outputs.js';
import { StagedParts } from '../../pipeline/parallel/delivery.js';
import type { ConsolidateHooks } from '../../pipeline/consolidate.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-06-30' };
const FAILING = join(import.meta.dirname, '../fixtures/workers/fail-after-first-part.mjs');

async function inputs(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'psea-delivery-in-'));
  const names = ['iom.xlsx', 'unicef.xlsx', 'pam.xlsx'];
  const files = names.map((n, i) => join(dir, i === 1 ? `victim-${n}` : n));
  for (const [i, n] of names.entries()) await copyFile(join('examples/mapping', n), files[i]);
  return files;
}

async function run(files: string[], hooks: ConsolidateHooks) {
  const out = await mkdtemp(join(tmpdir(), 'psea-delivery-out-'));
  const outputs = new StreamedOutputs(out, { csv: false, hxl: false, keepRecords: false });
  const result = await consolidateStreaming(files, OPTIONS, outputs, hooks);
  const meta = { version: 'test', date: '2026-06-30T00:00:00.000Z' };
  await outputs.finish(result.report, result.kinds, meta, { dashboard: () => '' });
  const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as {
    kinds: { records: { source: { file: string } }[] }[];
  };
  const findings = JSON.parse(await readFile(join(out, 'findings.json'), 'utf8')) as {
    findings: { file: string; rule: string }[];
    accounting: unknown;
  };
  return {
    result,
    findings,
    sources: records.kinds.flatMap((k) => k.records.map((r) => r.source.file)),
    left: (await readdir(out)).filter((n) => n.startsWith('.parts.')),
    xlsx: await readFile(join(out, 'consolidated.xlsx')),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('records and findings delivered in parts', () => {
  it('give the same outputs as on one thread, in many small parts', async () => {
    const files = await inputs();
    const added = vi.spyOn(StagedParts.prototype, 'add');
    const parted = await run(files, { workers: 2, delivery: { partItems: 3 } });
    expect(added.mock.calls.length).toBeGreaterThan(10);
    const whole = await run(files, { workers: 0 });
    expect(parted.sources.length).toBeGreaterThan(20);
    expect(parted.sources).toEqual(whole.sources);
    expect(parted.findings.findings).toEqual(whole.findings.findings);
    expect(parted.findings.accounting).toEqual(whole.findings.accounting);
    expect(parted.left).toEqual([]);
  }, 60_000);

  it('leave nothing of a file whose worker fails after its first part', async () => {
    const files = await inputs();
    const victim = files[1];
    const added = vi.spyOn(StagedParts.prototype, 'add');
    const failed = await run(files, { workers: 1, delivery: { partItems: 3, worker: FAILING } });
    // The first part did reach the main thread before the worker stopped.
    expect(added.mock.calls.length).toBeGreaterThan(0);
    const input = failed.result.report.inputs.find((i) => i.file === victim)!;
    expect(input.read).toBe(false);
    expect(input.reason?.rule).toBe('read.worker-stopped');
    expect(failed.sources).not.toContain(victim);
    expect(new Set(failed.sources)).toEqual(new Set([files[0], files[2]]));
    expect(failed.findings.findings.filter((f) => f.file === victim).map((f) => f.rule)).toEqual([
      'read.worker-stopped',
    ]);
    expect(failed.xlsx.includes(Buffer.from('victim-unicef.xlsx'))).toBe(false);
    expect(failed.left).toEqual([]);
    // The same files with the worker that does not fail: the victim's records are there (the test can fail).
    const good = await run(files, { workers: 1, delivery: { partItems: 3 } });
    expect(good.sources).toContain(victim);
    const rows = (r: typeof good) => (r.findings.accounting as { read: number }).read;
    expect(rows(failed)).toBeLessThan(rows(good));
  }, 60_000);
});
