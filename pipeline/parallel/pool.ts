/**
 * Reads and analyses a batch on a pool of worker threads (one per core): one process, so node and
 * exceljs load once. Each worker holds one file at a time under that file's budget (budget.ts): a file
 * that runs past its time is stopped, one that runs out of memory stops its worker, and either is
 * reported in one line while a fresh worker takes the next file. Results come back as they are ready, with
 * their index (the caller puts them in input order).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AnalyseOptions } from '../../templates/index.js';
import { findingsOf, forBatch, processFile, summaryOf, type FileFindings, type FileResult } from './file-task.js';
import { fileBudget, tooBig, tooSlow, workerLost, type FileBudget } from './budget.js';
import type { InputError } from '../read/index.js';
import type { Reply, Task } from './worker.js';
import { StagedParts, type Delivery } from './delivery.js';

/** The compiled worker; tests run the TypeScript sources, so they point at build/ (npm test builds first). */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return resolve(here, '../worker.js');
  const built = resolve(here, '../../../build/pipeline/parallel/worker.js');
  if (!existsSync(built)) throw new Error(`worker not built: run npm run build (${built})`);
  return built;
}

/** Workers for a batch: one per core, never more than files; 0 (PSEA_WORKERS=0) reads on this thread, unguarded. */
export function poolSize(files: number): number {
  const wanted = process.env.PSEA_WORKERS !== undefined ? Number(process.env.PSEA_WORKERS) : availableParallelism();
  return Math.max(0, Math.min(Number.isFinite(wanted) ? wanted : 1, files));
}

interface Slot {
  worker: Worker;
  /** The file it holds, if any, and the timer of its budget. */
  index?: number;
  timer?: NodeJS.Timeout;
  /** The parts of its file's records and findings come so far (a streamed consolidation). */
  staged?: StagedParts;
}

/** Hands each file's whole result to `visit` as it arrives (in any order, with the file's index) and keeps nothing. */
export async function eachFileResult(
  files: readonly string[],
  options: AnalyseOptions,
  visit: (index: number, result: FileResult) => void,
  onFile?: (done: number, file: string) => void,
  size = poolSize(files.length),
  /**
   * Each result as forBatch cuts it (a streamed consolidation): from a worker, its records and findings come as
   * the result's `parts`, to be read once by `visit` (delivery.ts).
   */
  batch: false | Delivery = false,
): Promise<void> {
  await runPool(files, options, false, (index, result) => visit(index, result as FileResult), onFile, size, batch);
}

/**
 * Hands each file's findings and row accounting to `visit` as they arrive (in any order, with the file's index)
 * and keeps nothing: what validate needs, with memory that stays flat however many files.
 */
export async function eachFileFindings(
  files: readonly string[],
  options: AnalyseOptions,
  visit: (index: number, result: FileFindings) => void,
  size = poolSize(files.length),
): Promise<void> {
  await runPool(files, options, true, visit, undefined, size);
}

async function runPool(
  files: readonly string[],
  options: AnalyseOptions,
  findingsOnly: boolean,
  visit: (index: number, result: FileResult | FileFindings) => void,
  onFile?: (done: number, file: string) => void,
  size = poolSize(files.length),
  batch: false | Delivery = false,
): Promise<void> {
  if (size === 0) {
    for (let i = 0; i < files.length; i++) {
      const result = await processFile(files[i], options);
      visit(i, findingsOnly ? findingsOf(result) : batch !== false ? forBatch(result, options) : result);
      onFile?.(i + 1, files[i]);
    }
    return;
  }
  const settled = new Array<boolean>(files.length).fill(false);
  const budget = fileBudget();
  const path = (batch && batch.worker) || workerPath();
  const slots = new Set<Slot>();
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolveAll) => {
      const settle = (index: number, result: FileResult | FileFindings) => {
        if (settled[index]) return;
        settled[index] = true;
        visit(index, result);
        done++; // not inside onFile?.(…): optional calls skip their arguments
        onFile?.(done, files[index]);
        if (done === files.length) resolveAll();
      };
      const fail = async (slot: Slot, error: InputError) => {
        const index = slot.index;
        // What the file delivered before it failed reaches no output.
        slot.staged?.discard();
        release(slot);
        if (index === undefined) return;
        const { file, reason } = error;
        settle(index, { summary: await summaryOf(files[index]), error: { file, reason } });
      };
      const release = (slot: Slot) => {
        clearTimeout(slot.timer);
        slots.delete(slot);
        slot.worker.removeAllListeners();
        void slot.worker.terminate();
        if (next < files.length) start(); // a fresh worker for the files left
      };
      const feed = (slot: Slot) => {
        if (next >= files.length) {
          // Nothing left for it: ended now, its heap is given back before this thread takes in its last result
          // (a 100,000-row sheet's worker held ~600 MB while the result was written out).
          slot.index = undefined;
          release(slot);
          return;
        }
        const index = next++;
        slot.index = index;
        const ms = Math.min(budget.seconds * 1000, 2 ** 31 - 1); // setTimeout's own limit
        slot.timer = setTimeout(() => void fail(slot, tooSlow(files[index], budget)), ms);
        slot.staged = batch ? new StagedParts(batch.stageDir) : undefined;
        const task: Task = { index, path: files[index], options, findingsOnly, batch: !!batch };
        if (batch && batch.partItems) task.partItems = batch.partItems;
        slot.worker.postMessage(task);
      };
      const start = () => {
        const slot: Slot = { worker: new Worker(path, { resourceLimits: limitsOf(budget) }) };
        slots.add(slot);
        slot.worker.on('message', (reply: Reply) => {
          if (reply.index !== slot.index) return;
          if ('fatal' in reply) {
            void fail(slot, workerLost(files[reply.index], reply.fatal));
            return;
          }
          if ('part' in reply) {
            slot.staged?.add(reply.part);
            return;
          }
          clearTimeout(slot.timer);
          const staged = slot.staged;
          if (staged?.count) (reply.result as FileResult).parts = staged;
          // The next file first: the worker reads it while this thread takes in the result (spools, tables).
          feed(slot);
          settle(reply.index, reply.result);
        });
        slot.worker.on('error', (error: Error & { code?: string }) => {
          const file = files[slot.index ?? 0];
          void fail(
            slot,
            error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBig(file, budget) : workerLost(file, error.message),
          );
        });
        slot.worker.on('exit', (code) => void fail(slot, workerLost(files[slot.index ?? 0], `exit code ${code}`)));
        feed(slot);
      };
      for (let w = 0; w < size && next < files.length; w++) start();
      if (!files.length) resolveAll();
    });
  } finally {
    for (const slot of slots) slot.staged?.discard();
    await Promise.all([...slots].map((s) => s.worker.terminate()));
  }
}

/**
 * The file's heap budget, and a young generation capped at 16 MB: left to grow (to 32 MB and more), each
 * long-lived worker held 25 MB more after 1,000 small files than after 60 (validate over 125 copies of a bench
 * file 160 MB, over 2,000 copies 210 MB; capped, 160 and 170-180 MB), for no measurable CPU time on a
 * 100,000-row file (30 s user time either way).
 */
function limitsOf(budget: FileBudget): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 16 };
}
