/** Pool worker: analyses the files the main thread sends and posts each result back with its index. */
import { parentPort } from 'node:worker_threads';
import type { AnalyseOptions } from '../../templates/index.js';
import { findingsOf, forBatch, processFile, type FileFindings, type FileResult } from './file-task.js';
import { packPart, splitResult } from './delivery.js';

export interface Task {
  index: number;
  path: string;
  options: AnalyseOptions;
  /** Send back only the findings and row accounting (validate). */
  findingsOnly?: boolean;
  /** Send back what a streamed consolidation keeps (forBatch), its records and findings in parts first. */
  batch?: boolean;
  /** Records or findings per part (delivery.ts). */
  partItems?: number;
}
export type Reply =
  | { index: number; result: FileResult | FileFindings }
  | { index: number; fatal: string }
  /** A part of the file's records or findings, serialised (delivery.ts); the result comes last. */
  | { index: number; part: ArrayBuffer };

/** A streamed consolidation's result: records and findings in parts, as they are serialised, then the rest. */
function deliver(task: Task, result: FileResult): void {
  const { parts, rest } = splitResult(forBatch(result, task.options), task.partItems);
  for (const part of parts()) {
    const bytes = packPart(part);
    parentPort?.postMessage({ index: task.index, part: bytes } satisfies Reply, [bytes]);
  }
  parentPort?.postMessage({ index: task.index, result: rest } satisfies Reply);
}

parentPort?.on('message', (task: Task) => {
  // A failure while delivering is fatal too: the main thread then drops the parts it staged.
  processFile(task.path, task.options)
    .then((result) => {
      if (task.batch && !task.findingsOnly) return deliver(task, result);
      parentPort?.postMessage({
        index: task.index,
        result: task.findingsOnly ? findingsOf(result) : result,
      } satisfies Reply);
    })
    .catch((error: unknown) =>
      parentPort?.postMessage({
        index: task.index,
        fatal: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies Reply),
    );
});
