/** The CLI as a newcomer meets it: help per command, --version, a closed pipe, a template over an existing file. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../pipeline/cli-options.js';
import { CLI, psea } from '../cli-run.js';
import { HEADER, matrixRow } from '../helpers.js';

const COMMANDS = ['validate', 'consolidate', 'diff', 'template', 'aliases'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-usage-'));
});

describe('help', () => {
  it('psea --help names every command, --help per command and --version', async () => {
    const { code, stdout } = await psea('--help');
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  psea ${command}\\b`, 'm'));
    expect(stdout).toMatch(/^ {2}psea COMMAND --help\b/m);
    expect(stdout).toMatch(/^ {2}psea --version\b/m);
  });

  it.each(COMMANDS)('psea %s --help gives its usage and two or three examples that parse', async (command) => {
    const { code, stdout, stderr } = await psea(command, '--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^Usage: psea ${command}\\b`));
    const examples = stdout.split('Examples:\n')[1]?.trim().split('\n') ?? [];
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.length).toBeLessThanOrEqual(3);
    for (const example of examples) {
      const words = example
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/^"|"$/g, ''));
      expect(words.slice(0, 2)).toEqual(['psea', command]);
      expect(() => parseCli(words.slice(1)), example).not.toThrow();
    }
  });

  it('an unknown command still points to --help', async () => {
    const { code, stderr } = await psea('consolidat', '--help');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('psea: unknown command "consolidat"; try psea --help');
  });
});

/** psea's own exit code and stderr when its reader stops after 100 bytes. */
function intoHead(args: string[]): Promise<{ code: number; stderr: string }> {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `node ${quoted} 2>"$ERR" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const err = join(dir, `stderr-${Math.random().toString(36).slice(2)}`);
  return new Promise((done) => {
    execFile('bash', ['-c', script], { env: { ...process.env, ERR: err } }, async (_error, stdout) =>
      done({ code: Number(stdout.trim()), stderr: await readFile(err, 'utf8') }),
    );
  });
}

describe('a closed pipe', () => {
  it('psea diff A B --format json | head -c 100 ends quietly with exit 0', async () => {
    // 2,000 records, so the JSON is far larger than a pipe's 64 KB buffer.
    const csv = join(dir, 'big.csv');
    const rows = Array.from({ length: 2000 }, (_, i) => matrixRow({ 'Rec #': i + 1, 'Evaluation ref.': '2.1' }));
    await writeFile(csv, [HEADER, ...rows].map((r) => r.map((v) => v ?? '').join(',')).join('\n'));
    const out = join(dir, 'round');
    expect((await psea('consolidate', csv, '--out', out, '--report-only', '--quiet')).code).toBe(0);
    for (const args of [
      [CLI, 'diff', out, out, '--format', 'json'],
      [CLI, 'diff', out, out],
      [CLI, 'validate', csv, '--format', 'json'],
    ]) {
      expect(await intoHead(args), args.join(' ')).toEqual({ code: 0, stderr: '' });
    }
  });
});

describe('psea template --out an existing file', () => {
  it('refuses to replace it without --force, in one line with exit 2, and replaces it with --force', async () => {
    const path = join(dir, 'F.xlsx');
    await writeFile(path, 'my own work');
    const refused = await psea('template', 'mapping', '--out', path);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(`psea: ${path} already exists; add --force to replace it`);
    expect(await readFile(path, 'utf8')).toBe('my own work');
    const forced = await psea('template', 'mapping', '--out', path, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
  });
});
