/**
 * One zip entry's data, deflated as it is written and spooled to a temporary file, so a sheet of 100,000 rows is
 * never held in memory. Text is gathered into chunks of CHUNK bytes; each chunk is deflated on its own and ended
 * with a sync flush (deflateRawSync, Z_SYNC_FLUSH), which leaves the stream open on a byte boundary: such pieces
 * joined are one valid deflate stream, closed by an empty final block. So a part's head can be deflated after its
 * body (a sheet's header row waits for the extra columns the inputs bring) and the two joined in the zip.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { crc32, crc32Combine } from './crc32.js';

const CHUNK = 1 << 20;
/** Room past CHUNK for the piece that crosses it. */
const SLACK = 1 << 18;
/** Level 1: see workbook.ts's header for the figures. */
const DEFLATE_OPTIONS = { level: 1, finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 18 };
/** An empty final block with fixed codes: closes a stream of sync-flushed pieces. */
export const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** Deflated bytes in memory (small parts) or in a spool file (sheets), with the CRC and size of the text. */
export interface Deflated {
  crc: number;
  size: number;
  compressedSize: number;
  /** The deflated bytes, without the final block. */
  pieces(): Iterable<Buffer>;
}

export function deflateText(text: string): Deflated {
  const bytes = Buffer.from(text, 'utf8');
  const deflated = deflateRawSync(bytes, DEFLATE_OPTIONS);
  return { crc: crc32(bytes), size: bytes.length, compressedSize: deflated.length, pieces: () => [deflated] };
}

/** Pieces one after the other, as one entry's data: CRCs combined, sizes added. */
export function joinDeflated(parts: readonly Deflated[]): Deflated {
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  for (const p of parts) {
    crc = size ? crc32Combine(crc, p.crc, p.size) : p.crc;
    size += p.size;
    compressedSize += p.compressedSize;
  }
  return {
    crc,
    size,
    compressedSize,
    *pieces() {
      for (const p of parts) yield* p.pieces();
    },
  };
}

/** A part written a piece at a time into its spool file. */
export class SpooledPart implements Deflated {
  crc = 0;
  size = 0;
  compressedSize = 0;
  /** Text is encoded straight into one reused buffer: no joined string, no buffer per chunk. */
  private readonly buffer = Buffer.allocUnsafe(CHUNK + SLACK);
  private used = 0;
  /** Opened with the first chunk deflated: a sheet that stays small, or a run that reads nothing, leaves no file. */
  private fd: number | undefined;
  private ended = false;

  constructor(readonly path: string) {}

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a text that may not fit goes after a flush, or on its own.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        this.deflate(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
    if (this.used >= CHUNK) this.flush();
  }

  /** Ends the writing; the spool stays for pieces() until the workbook is written. */
  end(): void {
    this.flush();
    this.ended = true;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    if (!this.used) return;
    this.deflate(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private deflate(bytes: Buffer): void {
    if (this.ended) throw new Error(`${this.path}: written after its end`);
    this.fd ??= openSync(this.path, 'wx', 0o600);
    const deflated = deflateRawSync(bytes, DEFLATE_OPTIONS);
    writeSync(this.fd, deflated);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.compressedSize += deflated.length;
  }

  *pieces(): Iterable<Buffer> {
    if (!this.size) return;
    const fd = openSync(this.path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }
}
