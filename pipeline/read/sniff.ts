/**
 * What a would-be workbook really is, from its first bytes, so an unreadable file gets a specific
 * reason: empty, encrypted, legacy .xls, a text or CSV file with the wrong name, a PDF…
 * Only a zip goes on to the xlsx readers.
 */
import CFB from 'cfb';
import { Unreadable } from './limits.js';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE/CFB container: Office 97-2003 files, and xlsx files saved with a password. */
function compoundFile(bytes: Buffer): Unreadable {
  let names: Set<string>;
  try {
    const container = CFB.read(bytes, { type: 'buffer' });
    names = new Set(container.FileIndex.map((e) => e.name.toLowerCase()));
  } catch {
    return new Unreadable({ rule: 'read.ole-damaged', params: {} });
  }
  if (names.has('encryptedpackage') && names.has('encryptioninfo')) {
    return new Unreadable({ rule: 'read.encrypted', params: {} });
  }
  if (names.has('workbook') || names.has('book')) {
    return new Unreadable({ rule: 'read.legacy-xls', params: {} });
  }
  return new Unreadable({ rule: 'read.ole-not-workbook', params: {} });
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Two or more lines that share a delimiter count: a table in text. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim())
    .slice(0, 5);
  if (lines.length < 2) return false;
  return DELIMITERS.some((d) => {
    const counts = lines.map((l) => l.split(d).length - 1);
    return counts[0] > 0 && counts.slice(0, -1).every((c) => c === counts[0]);
  });
}

function textOf(head: Buffer): string | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  if (head.includes(0)) return undefined;
  // Control bytes other than tab and line ends mean binary.
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) return undefined;
  return head.toString('utf8').replace(/^\uFEFF/, '');
}

function textFile(text: string): Unreadable {
  const start = text.trimStart().slice(0, 400).toLowerCase();
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return new Unreadable({ rule: 'read.xml-spreadsheet', params: {} });
  if (/^(<!doctype html|<html|<table)/.test(start)) return new Unreadable({ rule: 'read.html', params: {} });
  if (looksLikeCsv(text)) return new Unreadable({ rule: 'read.csv-as-xlsx', params: {} });
  return new Unreadable({ rule: 'read.text-as-xlsx', params: {} });
}

/** Throws an Unreadable with the specific reason unless the bytes are a zip (PK…). */
export function requireZip(bytes: Buffer): void {
  if (bytes.length === 0) throw new Unreadable({ rule: 'read.empty', params: {} });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return;
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) throw compoundFile(bytes);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new Unreadable({ rule: 'read.pdf', params: {} });
  const text = textOf(bytes.subarray(0, 4096));
  if (text !== undefined) throw textFile(text);
  const head = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  throw new Unreadable({ rule: 'read.unknown-format', params: { bytes: head } });
}
