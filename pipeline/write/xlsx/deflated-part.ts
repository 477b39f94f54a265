/**
 * One zip entry's data, deflated as it is written and spooled to a temporary file, so a sheet of 100,000 rows is
 * never held in memory. Text is gathered into chunks of CHUNK bytes; each chunk is deflated on its own and ended
 * with a sync flush (deflateRawSync, Z_SYNC_FLUSH), which leaves the stream open on a byte boundary: such pieces
 * joined are one valid deflate stream, closed by an empty final block. So a part's head can be deflated after its
 * body (a sheet's header row waits for the extra columns the inputs bring) and the two joined in the zip.
 *
 * Most parts stay small: a batch of 500 matrices writes some 6,500 table sheets of a few KB. Such a part is held in
 * a buffer that grows as it fills and never touches the disk (held()); its sheet deflates head, body and tail in one
 * call. Before, each sheet took a 1.25 MB buffer, a random spool name, a spool file and three zlib streams of
 * 256 KB: at 100 matrices, 8.2 s of 38.8 s in the profile, and 3.3 GB peak RSS at 500.
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

/** zlib's output buffer sized to the input (level 1 rarely grows text; when it does, zlib takes another). */
const optionsFor = (bytes: Uint8Array) => ({
  ...DEFLATE_OPTIONS,
  chunkSize: Math.min(DEFLATE_OPTIONS.chunkSize, Math.max(1024, bytes.length + 64)),
});

export function deflateBytes(bytes: Buffer): Deflated {
  const deflated = deflateRawSync(bytes, optionsFor(bytes));
  return { crc: crc32(bytes), size: bytes.length, compressedSize: deflated.length, pieces: () => [deflated] };
}

export function deflateText(text: string): Deflated {
  return deflateBytes(Buffer.from(text, 'utf8'));
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

/** The first buffer of a part; it doubles as it fills, up to CHUNK + SLACK. */
const FIRST_BUFFER = 1 << 12;

/**
 * A part written a piece at a time: held in memory while it fits one chunk, then deflated into its spool file,
 * named and created only then (`path` is asked for once).
 */
export class SpooledPart implements Deflated {
  crc = 0;
  size = 0;
  compressedSize = 0;
  /** Text is encoded straight into one reused buffer: no joined string, no buffer per chunk. */
  private buffer = Buffer.allocUnsafe(0);
  private used = 0;
  /** Opened with the first chunk deflated: a sheet that stays small, or a run that reads nothing, leaves no file. */
  private fd: number | undefined;
  private ended = false;
  private spool: string | undefined;

  constructor(private readonly path: () => string) {}

  /** The spool file, once one was made. */
  get spoolPath(): string | undefined {
    return this.spool;
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a text that may not fit goes after a flush, or on its own.
    const needed = this.used + text.length * 3;
    if (needed > this.buffer.length && this.buffer.length < CHUNK + SLACK) this.grow(needed);
    if (needed > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        this.deflate(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
    if (this.used >= CHUNK) this.flush();
  }

  /** A larger buffer, the bytes so far copied: flushes happen where one full-size buffer would have had them. */
  private grow(needed: number): void {
    let size = Math.max(FIRST_BUFFER, this.buffer.length);
    while (size < needed && size < CHUNK + SLACK) size *= 2;
    const bigger = Buffer.allocUnsafe(Math.min(size, CHUNK + SLACK));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  /** The whole text, when it never left memory (see held()). */
  held(): Buffer | undefined {
    return this.fd === undefined && !this.size ? this.buffer.subarray(0, this.used) : undefined;
  }

  /** Ends the writing; the spool stays for pieces() until the workbook is written. A part held() stays held. */
  end(): void {
    if (!this.ended && this.size) this.flush();
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
    if (this.ended) throw new Error(`${this.spool ?? 'a spooled part'}: written after its end`);
    this.spool ??= this.path();
    this.fd ??= openSync(this.spool, 'wx', 0o600);
    const deflated = deflateRawSync(bytes, DEFLATE_OPTIONS);
    writeSync(this.fd, deflated);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.compressedSize += deflated.length;
  }

  *pieces(): Iterable<Buffer> {
    if (!this.size || !this.spool) return;
    const fd = openSync(this.spool, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
    } finally {
      closeSync(fd);
    }
  }
}
