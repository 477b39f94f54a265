/**
 * A zip of deflated parts, written in one pass to a file: each part's CRC and sizes are known before it is
 * copied (see deflated-part.ts), so no data descriptors are needed. No zip64: a part or archive past 4 GiB is
 * refused (Excel's grid keeps a sheet well below that).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { FINAL_BLOCK, type Deflated } from './deflated-part.js';

export interface ZipEntry {
  name: string;
  data: Deflated;
}

const LIMIT = 0xffffffff;
/** 1980-01-01 00:00 in DOS time: the entries carry no date, so the same data makes the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(signature: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  b.writeUInt32LE(signature, 0);
  return b;
}

/** The fields local and central headers share, from "version needed" to the name's length. */
function common(b: Buffer, at: number, entry: ZipEntry, name: Buffer): void {
  const { data } = entry;
  const compressed = data.compressedSize + FINAL_BLOCK.length;
  if (data.size > LIMIT || compressed > LIMIT) throw new Error(`zip part ${entry.name} is over 4 GiB`);
  b.writeUInt16LE(20, at); // version needed: deflate
  b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  b.writeUInt16LE(8, at + 4); // deflate
  b.writeUInt16LE(0, at + 6); // time
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(data.crc >>> 0, at + 10);
  b.writeUInt32LE(compressed, at + 14);
  b.writeUInt32LE(data.size, at + 18);
  b.writeUInt16LE(name.length, at + 22);
}

export function writeZip(path: string, entries: readonly ZipEntry[]): void {
  const fd = openSync(path, 'w', 0o600);
  let offset = 0;
  const put = (bytes: Uint8Array) => {
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    offset += bytes.length;
  };
  try {
    const central: Buffer[] = [];
    for (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const local = header(0x04034b50, 30);
      common(local, 4, entry, name);
      const at = offset;
      put(local);
      put(name);
      for (const piece of entry.data.pieces()) put(piece);
      put(FINAL_BLOCK);
      const dir = header(0x02014b50, 46);
      dir.writeUInt16LE(20, 4); // made by
      common(dir, 6, entry, name);
      dir.writeUInt32LE(at, 42);
      central.push(dir, name);
      if (offset > LIMIT) throw new Error('zip archive is over 4 GiB');
    }
    const start = offset;
    for (const piece of central) put(piece);
    const end = header(0x06054b50, 22);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - start, 12);
    end.writeUInt32LE(start, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
}
