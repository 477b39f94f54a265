/** Runs a folder of bad files plus one good one through both batch commands of the built CLI. */
import { expect } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { psea } from '../cli-run.js';

export const freshDir = (tag: string) => mkdtemp(join(tmpdir(), `psea-bad-${tag}-`));

interface Records {
  kinds: { records: { source: { file: string } }[] }[];
}

/** The files records.json's records come from, each once. */
export async function recordSources(out: string): Promise<string[]> {
  const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')) as Records;
  return [...new Set(records.kinds.flatMap((k) => k.records.map((r) => r.source.file)))];
}

/** Exit 2 and exactly one stderr line per bad file, naming it with its own reason, with no stack. */
export function expectOneLinePerFile(
  result: { code: number | null; stderr: string },
  bad: Record<string, RegExp>,
): void {
  expect(result.code, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(Object.keys(bad).length);
  for (const [path, reason] of Object.entries(bad)) {
    const own = lines.filter((l) => l.startsWith(`${path}: `));
    expect(own, `${path} in\n${result.stderr}`).toHaveLength(1);
    expect(own[0]).toMatch(reason);
    expect(own[0]).not.toMatch(/\n| {4}at /); // one line, no stack
  }
}

/**
 * Asserts, for `psea validate` and `psea consolidate` over the folder: exit 2, exactly one stderr
 * line per bad file, naming it with its own reason, and the good file still consolidated.
 */
export async function expectBatchGoesOn(folder: string, good: string, bad: Record<string, RegExp>): Promise<void> {
  const validate = await psea('validate', folder);
  const out = join(folder, '..', `${folder.split(/[\\/]/).pop()}-out`);
  const consolidate = await psea('consolidate', folder, '--out', out, '--quiet');
  for (const result of [validate, consolidate]) expectOneLinePerFile(result, bad);
  expect(await recordSources(out)).toEqual([good]);
}

/** Runs `fn` with environment variables set, then restores them. */
export async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  };
  apply(env);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}
