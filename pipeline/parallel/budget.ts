/**
 * The time and memory each input file may use while it is read and checked, on a worker thread of its
 * own: a file past either is stopped and reported in one line, and the batch goes on with the others.
 * Defaults sit far above what a genuine sheet needs (the row and cell limits keep those small).
 */
import { InputError } from '../read/index.js';

export const BUDGET_VARS = { seconds: 'PSEA_MAX_SECONDS', memory: 'PSEA_MAX_MEMORY_MB' } as const;

export interface FileBudget {
  /** Wall-clock seconds from the file's start on a worker to its result. */
  seconds: number;
  /** The worker's JavaScript heap (old generation), in MB. */
  memoryMb: number;
}

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function fileBudget(): FileBudget {
  return { seconds: fromEnv(BUDGET_VARS.seconds, 120), memoryMb: fromEnv(BUDGET_VARS.memory, 2048) };
}

export function tooSlow(path: string, budget: FileBudget): InputError {
  return new InputError(path, {
    rule: 'read.too-slow',
    params: { seconds: budget.seconds, variable: BUDGET_VARS.seconds },
  });
}

export function tooBig(path: string, budget: FileBudget): InputError {
  return new InputError(path, {
    rule: 'read.too-much-memory',
    params: { limit: budget.memoryMb, variable: BUDGET_VARS.memory },
  });
}

export function workerLost(path: string, why: string): InputError {
  return new InputError(path, { rule: 'read.worker-stopped', params: { detail: why.split('\n')[0] } });
}
