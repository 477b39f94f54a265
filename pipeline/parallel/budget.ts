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

const count = (n: number) => n.toLocaleString('en-US');

export function tooSlow(path: string, budget: FileBudget): InputError {
  return new InputError(
    path,
    `refused: reading and checking it took more than ${count(budget.seconds)} s, the time limit per file (a damaged or hostile file; if it is genuine, raise ${BUDGET_VARS.seconds}=<seconds>)`,
  );
}

export function tooBig(path: string, budget: FileBudget): InputError {
  return new InputError(
    path,
    `refused: reading and checking it needed more than ${count(budget.memoryMb)} MB of memory, the limit per file (a damaged or hostile file; if it is genuine, raise ${BUDGET_VARS.memory}=<MB>)`,
  );
}

export function workerLost(path: string, why: string): InputError {
  return new InputError(path, `internal error while reading: the file's worker stopped (${why.split('\n')[0]})`);
}
