/**
 * Just enough of the zip format to read an xlsx: the central directory, then each entry
 * inflated with node's zlib. No streaming entry order problems: we jump straight to the part we need.
 * Every inflation is capped at the size the directory declares, so a part that lies about its
 * size (a zip bomb) stops at once instead of filling memory.
 */
import { inflateRawSync } from 'node:zlib';
import { Unreadable } from '../limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Sizes or offset come from a zip64 extra field. */
  zip64?: boolean;
  encrypted?: boolean;
}

/** The file is a zip we do not handle here (zip64, encryption…): the caller falls back to exceljs. */
export class UnsupportedZip extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new Unreadable({
    rule: buf.length >= 4 && buf.readUInt32LE(0) === LOCAL ? 'read.zip-truncated' : 'read.zip-no-directory',
    params: {},
  });
}

function damaged(): Unreadable {
  return new Unreadable({ rule: 'read.zip-damaged', params: {} });
}

/** Count and offset of the central directory, from the zip64 record when the classic one overflows. */
function directory(buf: Buffer, eocd: number): { count: number; offset: number } {
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && locator >= 0 && buf.readUInt32LE(locator) === EOCD64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(locator + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw damaged();
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  return { count, offset };
}

/** Replaces the 0xFFFFFFFF placeholders of an entry with the values of its zip64 extra field. */
function applyZip64(buf: Buffer, entry: ZipEntry, extraStart: number, extraEnd: number): void {
  for (let p = extraStart; p + 4 <= extraEnd;) {
    const id = buf.readUInt16LE(p);
    const length = buf.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = Number(buf.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) entry.localOffset = next();
      entry.zip64 = true;
      return;
    }
    p += 4 + length;
  }
}

/** Every entry of the central directory, zip64 sizes included; nothing is inflated. */
export function readDirectory(buf: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buf);
  const { count, offset } = directory(buf, eocd);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged();
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const entry: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLength).replace(/^\//, ''),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      encrypted: (buf.readUInt16LE(p + 8) & 1) === 1,
    };
    const extra = p + 46 + nameLength;
    if (entry.size === MAX32 || entry.compressedSize === MAX32 || entry.localOffset === MAX32)
      applyZip64(buf, entry, extra, extra + extraLength);
    entries.push(entry);
    p = extra + extraLength + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * The entries by name, for the fast reader (zip64 sizes and offsets included: the directory gives them);
 * zips with encrypted entries are left to exceljs. A name listed twice is read from its first entry.
 */
export function listEntries(buf: Buffer, directory: readonly ZipEntry[] = readDirectory(buf)): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  for (const entry of directory) {
    if (entry.encrypted) throw new UnsupportedZip('encrypted entry');
    if (!entries.has(entry.name)) entries.set(entry.name, entry);
  }
  return entries;
}

/** The entry's compressed bytes (a view, no copy). */
export function rawBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL)
    throw new Unreadable({ rule: 'read.zip-part-misplaced', params: { part: entry.name } });
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + entry.compressedSize > buf.length)
    throw new Unreadable({ rule: 'read.zip-part-truncated', params: { part: entry.name } });
  return buf.subarray(start, start + entry.compressedSize);
}

export function oversized(entry: ZipEntry): Unreadable {
  return new Unreadable({ rule: 'read.zip-part-oversized', params: { part: entry.name, size: entry.size } });
}

export function undecodable(entry: ZipEntry, error: unknown): Unreadable {
  const why = error instanceof Error ? error.message : String(error);
  return new Unreadable({ rule: 'read.zip-part-undecodable', params: { part: entry.name, detail: why } });
}

export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const raw = rawBytes(buf, entry);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new UnsupportedZip(`compression method ${entry.method}`);
  let out: Buffer;
  try {
    // One byte over the declared size is enough to know it lies.
    out = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw oversized(entry);
    throw undecodable(entry, error);
  }
  if (out.length > entry.size) throw oversized(entry);
  return out;
}
