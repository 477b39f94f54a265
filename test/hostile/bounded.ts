/**
 * Runs the built CLI (or a snippet of the built code) in a child process that is killed after `ms`:
 * a test of a hang then fails with "timed out" instead of hanging the suite.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLI } from '../cli-run.js';

export interface Bounded {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export function runBounded(
  args: readonly string[],
  ms: number,
  env: Record<string, string | undefined> = {},
  cwd = process.cwd(),
): Promise<Bounded> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** `psea ARGS…` killed after ms. */
export function pseaBounded(ms: number, args: readonly string[], env: Record<string, string | undefined> = {}) {
  return runBounded([CLI, ...args], ms, env);
}

/** Runs an ES module snippet against the built code (build/…), killed after ms; its stdout is the result. */
export function builtBounded(ms: number, code: string, env: Record<string, string | undefined> = {}) {
  return runBounded(['--input-type=module', '-e', code], ms, env, join(process.cwd(), 'build'));
}
