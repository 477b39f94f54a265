/**
 * Reads and analyses a batch on a pool of worker threads (one per core): one process, so node and
 * exceljs load once. Results come back in input order whatever order the workers finish in.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AnalyseOptions } from '../../templates/index.js';
import { processFile, type FileResult } from './file-task.js';
import type { Reply, Task } from './worker.js';

/** Below this many files, starting workers costs more than it saves. */
export const POOL_MIN_FILES = 8;

/** The compiled worker; tests run the TypeScript sources, so they point at build/ (npm test builds first). */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return resolve(here, '../worker.js');
  const built = resolve(here, '../../../build/pipeline/parallel/worker.js');
  if (!existsSync(built)) throw new Error(`worker not built: run npm run build (${built})`);
  return built;
}

export function poolSize(files: number): number {
  const wanted = process.env.PSEA_WORKERS !== undefined ? Number(process.env.PSEA_WORKERS) : availableParallelism();
  return files < POOL_MIN_FILES ? 0 : Math.max(0, Math.min(wanted, files));
}

export async function processFiles(
  files: readonly string[],
  options: AnalyseOptions,
  onFile?: (done: number, file: string) => void,
  size = poolSize(files.length),
): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  if (size === 0) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await processFile(files[i], options);
      onFile?.(i + 1, files[i]);
    }
    return results;
  }
  const path = workerPath();
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolveAll, reject) => {
      const feed = (worker: Worker) => {
        if (next < files.length) {
          const index = next++;
          worker.postMessage({ index, path: files[index], options } satisfies Task);
        }
      };
      for (let w = 0; w < size; w++) {
        const worker = new Worker(path);
        workers.push(worker);
        worker.on('error', reject);
        worker.on('message', (reply: Reply) => {
          if ('fatal' in reply) {
            reject(new Error(`${files[reply.index]}: ${reply.fatal}`));
            return;
          }
          results[reply.index] = reply.result;
          done++; // not inside onFile?.(…): optional calls skip their arguments
          onFile?.(done, files[reply.index]);
          if (done === files.length) resolveAll();
          else feed(worker);
        });
        // Two files in flight per worker, so a worker never waits on the main thread.
        feed(worker);
        feed(worker);
      }
      if (!files.length) resolveAll();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
