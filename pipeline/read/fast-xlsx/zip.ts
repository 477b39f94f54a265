/**
 * Just enough of the zip format to read an xlsx: the central directory, then each entry
 * inflated with node's zlib. No streaming entry order problems: we jump straight to the part we need.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The file is a zip we do not handle here (zip64, encryption…): the caller falls back to exceljs. */
export class UnsupportedZip extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new Error('end of central directory not found: not a zip file');
}

export function listEntries(buf: Buffer): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new UnsupportedZip('zip64');
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new Error('damaged zip central directory');
    const flags = buf.readUInt16LE(p + 8);
    if (flags & 1) throw new UnsupportedZip('encrypted entry');
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) throw new UnsupportedZip('zip64');
    entries.set(entry.name.replace(/^\//, ''), entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entry's compressed bytes (a view, no copy). */
export function rawBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new Error(`damaged zip entry ${entry.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  return buf.subarray(start, start + entry.compressedSize);
}

export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const raw = rawBytes(buf, entry);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new UnsupportedZip(`compression method ${entry.method}`);
  return inflateRawSync(raw);
}
