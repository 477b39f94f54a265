/** Runs a whole process and reports its wall time and peak RSS (GNU time when present, else /proc polling). */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measure {
  wall: number;
  /** User + system CPU seconds (all threads): steadier than wall time when the machine is shared. */
  cpu: number;
  rssMiB: number;
  /** The exit code: the first run's that was not 0, else 0. */
  code: number | null;
  /** Every run's exit code, in order: a median over runs that crashed would measure nothing. */
  codes: (number | null)[];
  stderr: string;
  /** The 1-minute load average as the run ended: a figure taken on a busy machine says so. */
  load: number;
}

const GNU_TIME = '/usr/bin/time';

function peakFromProc(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measure> {
  const useTime = existsSync(GNU_TIME);
  const out = join(tmpdir(), `psea-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', out, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    let cpu = NaN;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const poll = useTime
      ? undefined
      : setInterval(() => {
          peakKb = Math.max(peakKb, peakFromProc(child.pid ?? 0));
        }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - start) / 1000;
      if (poll) clearInterval(poll);
      if (useTime) {
        const lines = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n') : [];
        const [kb, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
        peakKb = kb || 0;
        cpu = (user ?? NaN) + (system ?? NaN);
        rmSync(out, { force: true });
      }
      resolve({ wall, cpu, rssMiB: peakKb / 1024, code, codes: [code], stderr, load: loadavg()[0] });
    });
  });
}

/** Median wall time, CPU time and peak RSS over `times` runs, with every run's exit code. */
export async function median(
  times: number,
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): Promise<Measure> {
  const all: Measure[] = [];
  for (let i = 0; i < times; i++) all.push(await run(command, args, env));
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    wall: mid(all.map((m) => m.wall)),
    cpu: mid(all.map((m) => m.cpu)),
    rssMiB: mid(all.map((m) => m.rssMiB)),
    code: all.find((m) => m.code !== 0)?.code ?? 0,
    codes: all.map((m) => m.code),
    stderr: (all.find((m) => m.code !== 0) ?? all[all.length - 1]).stderr,
    load: mid(all.map((m) => m.load)),
  };
}
