/** Pool worker: analyses the files the main thread sends and posts each result back with its index. */
import { parentPort } from 'node:worker_threads';
import type { AnalyseOptions } from '../../templates/index.js';
import { findingsOf, forBatch, processFile, type FileFindings, type FileResult } from './file-task.js';

export interface Task {
  index: number;
  path: string;
  options: AnalyseOptions;
  /** Send back only the findings and row accounting (validate). */
  findingsOnly?: boolean;
  /** Send back what a streamed consolidation keeps (forBatch). */
  batch?: boolean;
}
export type Reply = { index: number; result: FileResult | FileFindings } | { index: number; fatal: string };

parentPort?.on('message', (task: Task) => {
  processFile(task.path, task.options).then(
    (result) =>
      parentPort?.postMessage({
        index: task.index,
        result: task.findingsOnly ? findingsOf(result) : task.batch ? forBatch(result, task.options) : result,
      } satisfies Reply),
    (error: unknown) =>
      parentPort?.postMessage({
        index: task.index,
        fatal: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Reply),
  );
});
