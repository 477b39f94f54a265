/**
 * Errors read as messages: a core bug triggered by one file becomes that file's one line and the batch goes on;
 * an unforeseen top-level error is one line and exit 2; stacks appear only with --debug.
 * The failure is injected with vi.mock: nothing in the product exists for the test's sake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { psea } from '../cli-run.js';
import type * as Core from '../../templates/index.js';

vi.mock('../../templates/index.js', async (importOriginal) => {
  const core = await importOriginal<typeof Core>();
  return {
    ...core,
    analyseWorkbook: (...args: Parameters<typeof core.analyseWorkbook>) => {
      if (args[0].file.includes('boom'))
        throw new TypeError("Cannot read properties of undefined (reading 'rows')\n    at fake (core.ts:1:1)");
      return core.analyseWorkbook(...args);
    },
  };
});

const { main } = await import('../../pipeline/cli.js');
const { processFile } = await import('../../pipeline/parallel/file-task.js');
const { inputLine } = await import('../../pipeline/read/index.js');
const { isUnreadable } = await import('../../templates/index.js');

const EXAMPLE = join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx');

async function boomCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'psea-safe-err-'));
  const path = join(dir, 'boom.xlsx');
  await writeFile(path, await readFile(EXAMPLE));
  return path;
}

/** Runs main() in this process and collects what it prints. */
async function run(...argv: string[]): Promise<{ code: number; err: string; out: string }> {
  const err: string[] = [];
  const out: string[] = [];
  const e = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
    err.push(a.map(String).join(' '));
  });
  const o = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    out.push(a.map(String).join(' '));
  });
  try {
    return { code: await main(argv), err: err.join('\n'), out: out.join('\n') };
  } finally {
    e.mockRestore();
    o.mockRestore();
  }
}

afterEach(() => {
  delete process.env.PSEA_DEBUG;
  delete process.env.PSEA_WORKERS;
});

describe('an unexpected error in one file', () => {
  // The injected fault lives in this process: the files are read on this thread, not on budgeted workers.
  beforeEach(() => {
    process.env.PSEA_WORKERS = '0';
  });

  it("becomes that file's one-line message naming the stage", async () => {
    const path = await boomCopy();
    const result = await processFile(path, { lang: 'en', asOf: '2026-11-23' });
    expect(result.analysis).toBeUndefined();
    expect(result.summary.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.error?.reason).toEqual({
      rule: 'read.internal-error',
      params: { stage: 'analysing', detail: "Cannot read properties of undefined (reading 'rows')" },
    });
    expect(inputLine(result.error!.file, result.error!.reason, 'en')).toBe(
      `${path}: internal error while analysing: Cannot read properties of undefined (reading 'rows'); ` +
        `run with --debug for details`,
    );
  });

  it('does not stop the batch: consolidate writes the other files, prints one line for it and exits 2', async () => {
    const path = await boomCopy();
    const out = join(await mkdtemp(join(tmpdir(), 'psea-safe-err-')), 'out');
    const { code, err, out: printed } = await run('consolidate', path, EXAMPLE, '--out', out);
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual([
      expect.stringMatching(/boom\.xlsx: internal error while analysing: .*run with --debug/),
    ]);
    expect(err).not.toMatch(/\n\s+at /);
    expect(printed).toMatch(/rows read \d+ = consolidated [1-9]\d* \+ set aside/);
    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8'));
    expect(records.kinds[0].records.length).toBeGreaterThan(0);
    const { findings } = JSON.parse(await readFile(join(out, 'findings.json'), 'utf8')) as {
      findings: { rule: string; file: string }[];
    };
    expect(findings.filter((f) => isUnreadable(f)).map((f) => f.file)).toEqual([path]);
  });

  it('validate goes on past it too, and --debug adds the stack', async () => {
    const path = await boomCopy();
    const quiet = await run('validate', path, EXAMPLE);
    expect(quiet.code).toBe(2);
    expect(quiet.err).not.toContain('at fake');
    expect(quiet.out).toMatch(/2 files: \d+ error/);
    const debug = await run('validate', path, EXAMPLE, '--debug');
    expect(debug.err).toContain('at fake (core.ts:1:1)');
    expect(debug.code).toBe(2);
  });
});

describe('an unexpected top-level error (built CLI)', () => {
  it('is one line and exit 2 without --debug, with the stack with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-safe-err-'));
    const notADir = join(dir, 'out.txt');
    await writeFile(notADir, 'a file where the output folder should be');
    // A folder under a file cannot be made: an error no check foresees.
    const under = join(notADir, 'round-1');
    const plain = await psea('consolidate', EXAMPLE, '--out', under, '--quiet');
    expect(plain.code).toBe(2);
    expect(plain.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^psea: .*out\.txt.*\(run with --debug for details\)$/),
    ]);
    const debug = await psea('consolidate', EXAMPLE, '--out', under, '--quiet', '--debug');
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
    expect(await readFile(notADir, 'utf8')).toBe('a file where the output folder should be');
  });

  it('--help documents --debug', async () => {
    expect((await psea('--help')).stdout).toContain('--debug');
  });
});
