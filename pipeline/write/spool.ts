/**
 * Text kept on disk while a batch is read, so an output that must be written whole at the end (findings.json's
 * counts come before its findings; records.json and the CSV exports know their extra columns only at the end) never
 * holds its rows in memory. A spool lives beside its output, private, named as a temporary file (a killed run's
 * spools are cleared by the next run into that folder).
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { temporaryPath } from './atomic.js';

const CHUNK = 1 << 20;

export class TextSpool {
  readonly path: string;
  /** Pieces written: lets a writer put separators between them. */
  pieces = 0;
  /** Opened with the first text that reaches the disk: a run that reads nothing leaves no file behind. */
  private fd: number | undefined;
  private ended = false;
  private pending: string[] = [];
  private pendingLength = 0;

  /** `beside` is the output the spool is for. */
  constructor(beside: string) {
    this.path = temporaryPath(beside);
  }

  write(text: string): void {
    this.pieces++;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  private flush(): void {
    if (!this.pendingLength) return;
    if (this.ended) throw new Error(`${this.path}: written after its end`);
    this.fd ??= openSync(this.path, 'wx', 0o600);
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.pending = [];
    this.pendingLength = 0;
  }

  end(): void {
    this.flush();
    this.ended = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The text written, a chunk at a time (characters never split). */
  *text(): Generator<string> {
    this.end();
    if (!this.pieces) return;
    const fd = openSync(this.path, 'r');
    const decoder = new StringDecoder('utf8');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield decoder.write(buffer.subarray(0, n));
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      closeSync(fd);
    }
  }

  /** The text written, line by line (pieces written with a trailing newline each). */
  *lines(): Generator<string> {
    let partial = '';
    for (const chunk of this.text()) {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      yield* lines;
    }
    if (partial) yield partial;
  }

  discard(): void {
    this.end();
    rmSync(this.path, { force: true });
  }
}
