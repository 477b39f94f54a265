/** File writers for the reader rules' cases: good files, and containers broken in one precise place. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import CFB from 'cfb';
import { buildZip, deflated, matrixBytes } from '../fixtures/bad/xlsx-corpus.js';

export type FileWriter = (dir: string) => Promise<string>;

/** A file of these bytes (or text) named `name`. */
export function file(name: string, bytes: Buffer | Uint8Array | string): FileWriter {
  return async (dir) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
}

/** A clean two-recommendation matrix written by exceljs. */
export const goodXlsx: FileWriter = async (dir) => file('good.xlsx', await matrixBytes())(dir);

/** A clean matrix as CSV, in UTF-8. */
export const goodCsv = file(
  'good.csv',
  'Rec #,Recommendation,Management response,Responsible unit(s),Key actions\n1,Clarify the role,Accept,PSEAH,Brief ' +
    'staff\n',
);

/** A clean matrix whose bytes are changed by `edit` (given the zip and where each part's records sit). */
export function editedXlsx(name: string, edit: (bytes: Buffer, at: (part: string) => ZipRecords) => void): FileWriter {
  return async (dir) => {
    const bytes = await matrixBytes();
    edit(bytes, (part) => records(bytes, part));
    return file(name, bytes)(dir);
  };
}

interface ZipRecords {
  /** Offset of the part's central directory record and of its local header. */
  central: number;
  local: number;
}

function records(bytes: Buffer, part: string): ZipRecords {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = bytes.readUInt32LE(eocd + 16);
  while (bytes.readUInt32LE(p) === 0x02014b50) {
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (name === part) return { central: p, local: bytes.readUInt32LE(p + 42) };
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  throw new Error(`no part ${part}`);
}

/** An Office 97-2003 container holding these streams. */
export function compound(name: string, streams: Record<string, Buffer>): FileWriter {
  const container = CFB.utils.cfb_new();
  for (const [stream, content] of Object.entries(streams)) CFB.utils.cfb_add(container, stream, content);
  return file(name, Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array));
}

/** A zip with these parts only. */
export function zipOf(name: string, parts: Record<string, string>): FileWriter {
  return file(name, buildZip(Object.entries(parts).map(([part, text]) => deflated(part, text))));
}

/** A folder where a file is expected. */
export function folderNamed(name: string): FileWriter {
  return async (dir) => {
    const path = join(dir, name);
    await mkdir(path);
    return path;
  };
}

/** A path to a file that is not there. */
export const missing =
  (name: string): FileWriter =>
  async (dir) =>
    join(dir, name);
