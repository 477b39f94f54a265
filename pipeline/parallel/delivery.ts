/**
 * A file's records and findings cross from its worker to the main thread in parts, not as one message: the
 * 100,000-row mapping's result was one message of about 200 MB serialised, held whole on both threads while it was
 * cloned and taken in. Each part is serialised by the worker and its bytes moved to the main thread (not copied),
 * where they are staged (on disk in the output folder when there is one, else in memory) and handed on only once the
 * file's last message has come: a file that fails mid-delivery leaves nothing in any output, and the batch
 * accounting gives the reason it was set aside (its read.* finding).
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Finding, OutputRecord } from '../../templates/index.js';
import { temporaryPath } from '../write/atomic.js';
import type { FileResult } from './file-task.js';

/** One sheet's records, or findings (the sheets' in order, then the workbook's), in the order the outputs take them. */
export type Part = { sheet: number; records: OutputRecord[] } | { findings: Finding[] };

/** Records or findings per part: about 4 MB serialised for a mapping row, little to hold at once on either side. */
export const PART_ITEMS = 5_000;

/** How a streamed consolidation has its results delivered. */
export interface Delivery {
  /** Where parts are staged until their file is done (the output folder); in memory when absent. */
  stageDir?: string;
  /** Records or findings per part (tests make it small). */
  partItems?: number;
  /** The worker script (tests give one that fails mid-delivery). */
  worker?: string;
}

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/** Worker side: the result's records, then its findings, as parts; `rest` is what the last message carries. */
export function splitResult(result: FileResult, size = PART_ITEMS): { parts: () => Generator<Part>; rest: FileResult } {
  const analysis = result.analysis;
  if (!analysis) return { parts: function* () {}, rest: result };
  const rest: FileResult = {
    ...result,
    analysis: { ...analysis, findings: [], sheets: analysis.sheets.map((s) => ({ ...s, records: [], findings: [] })) },
  };
  function* parts(): Generator<Part> {
    for (const [sheet, s] of analysis!.sheets.entries())
      for (const records of slices(s.records, size)) yield { sheet, records };
    for (const s of analysis!.sheets) for (const findings of slices(s.findings, size)) yield { findings };
    for (const findings of slices(analysis!.findings, size)) yield { findings };
  }
  return { parts, rest };
}

/** A part as the worker posts it: its serialised bytes, whose buffer is moved to the main thread. */
export function packPart(part: Part): ArrayBuffer {
  const bytes = serialize(part);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (
    whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  ) as ArrayBuffer;
}

/** Main side: one file's parts as they arrive, kept until the file is done, then read back in order, once. */
export class StagedParts {
  private readonly held: Buffer[] = [];
  private fd: number | undefined;
  private path: string | undefined;
  count = 0;

  constructor(private readonly dir?: string) {}

  add(part: ArrayBuffer): void {
    this.count++;
    const bytes = Buffer.from(part);
    if (this.dir === undefined) {
      this.held.push(bytes);
      return;
    }
    // Named as a temporary output file, private: a killed run's staging is cleared by the next run into the folder.
    this.path ??= temporaryPath(join(this.dir, 'parts'));
    this.fd ??= openSync(this.path, 'wx', 0o600);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(bytes.length);
    writeAll(this.fd, head);
    writeAll(this.fd, bytes);
  }

  /** The parts in the order they came; the staging is gone once they are read (or when reading fails). */
  *parts(): Generator<Part> {
    try {
      if (this.dir === undefined) {
        while (this.held.length) yield deserialize(this.held.shift()!) as Part;
        return;
      }
      if (this.fd === undefined) return;
      closeSync(this.fd);
      this.fd = openSync(this.path!, 'r');
      const head = Buffer.alloc(4);
      for (let i = 0; i < this.count; i++) {
        readAll(this.fd, head);
        const body = Buffer.allocUnsafe(head.readUInt32LE());
        readAll(this.fd, body);
        yield deserialize(body) as Part;
      }
    } finally {
      this.discard();
    }
  }

  discard(): void {
    this.held.length = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.path !== undefined) rmSync(this.path, { force: true });
    this.path = undefined;
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

function readAll(fd: number, into: Buffer): void {
  for (let done = 0; done < into.length;) {
    const n = readSync(fd, into, done, into.length - done, null);
    if (n <= 0) throw new Error('staged parts cut short');
    done += n;
  }
}
