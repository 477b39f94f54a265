/**
 * Zip-bomb defence, applied before either xlsx reader sees the bytes: the directory's declared
 * sizes are checked first (nothing inflated), and the exceljs path, which inflates everything
 * itself, gets a counting pass first because declared sizes can lie.
 */
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import { LIMIT_VARS, megabytes, tooManyRows, Unreadable, type ReadLimits } from './limits.js';
import { oversized, rawBytes, undecodable, type ZipEntry } from './fast-xlsx/zip.js';

/** Refuses a zip whose directory promises more than the limits allow. */
export function checkDirectory(entries: readonly ZipEntry[], limits: ReadLimits): void {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > limits.maxUnzipped) {
    throw new Unreadable({
      rule: 'read.zip-too-big',
      params: { size: megabytes(total), limit: megabytes(limits.maxUnzipped), variable: LIMIT_VARS.maxUnzipped },
    });
  }
  for (const e of entries) {
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > limits.ratioFloor && ratio > limits.maxRatio) {
      throw new Unreadable({
        rule: 'read.zip-ratio',
        params: {
          part: e.name,
          ratio: Math.round(ratio),
          size: megabytes(e.size),
          limit: limits.maxRatio,
          variable: LIMIT_VARS.maxRatio,
        },
      });
    }
  }
}

const ROW_TAG = Buffer.from('<row');

function rowTags(chunk: Buffer): number {
  let n = 0;
  for (let p = chunk.indexOf(ROW_TAG); p >= 0; p = chunk.indexOf(ROW_TAG, p + 4)) {
    const next = chunk[p + 4];
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n++;
  }
  return n;
}

/**
 * Inflates each part as a stream, counting bytes against its declared size and the row elements of
 * each worksheet against the row limit, keeping nothing: what exceljs will then hold is bounded.
 */
export async function verifyInflation(buf: Buffer, entries: readonly ZipEntry[], limits: ReadLimits): Promise<void> {
  for (const entry of entries) {
    if (entry.encrypted || entry.method !== 8) continue; // exceljs refuses these itself
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    let bytes = 0;
    let rows = 0;
    let carry = Buffer.alloc(0);
    try {
      for await (const chunk of Readable.from([rawBytes(buf, entry)]).pipe(
        createInflateRaw(),
      ) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.size) throw oversized(entry);
        if (!sheet) continue;
        // A tag is counted once its following byte is seen; the last 4 bytes carry over to the next chunk.
        const joined = Buffer.concat([carry, chunk]);
        rows += rowTags(joined);
        carry = joined.subarray(joined.length - 4);
        if (rows > limits.maxRows) throw tooManyRows(entry.name, limits);
      }
    } catch (error) {
      if (error instanceof Unreadable) throw error;
      throw undecodable(entry, error);
    }
  }
}
