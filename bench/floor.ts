/**
 * The floor: what reading costs at the least. Unzips every workbook with node's zlib and scans
 * its sheet XML and shared strings with saxes, counting cells and building no objects.
 * Usage: node build/bench/floor.js FILE|DIR…
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { listEntries, rawBytes } from '../pipeline/read/fast-xlsx/zip.js';

async function scan(raw: Buffer, method: number): Promise<number> {
  let cells = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'c' || tag.name === 'si') cells++;
  });
  const decoder = new StringDecoder('utf8');
  const source =
    method === 0 ? Readable.from([raw]) : Readable.from([raw]).pipe(createInflateRaw({ chunkSize: 1 << 20 }));
  for await (const chunk of source as AsyncIterable<Buffer>) parser.write(decoder.write(chunk));
  parser.write(decoder.end()).close();
  return cells;
}

async function files(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if ((await stat(arg)).isDirectory()) {
      for (const entry of await readdir(arg, { recursive: true }))
        if (String(entry).endsWith('.xlsx')) out.push(join(arg, String(entry)));
    } else out.push(arg);
  }
  return out.sort();
}

let cells = 0;
for (const file of await files(process.argv.slice(2))) {
  const buf = await readFile(file);
  for (const entry of listEntries(buf).values()) {
    if (/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(entry.name))
      cells += await scan(rawBytes(buf, entry), entry.method);
  }
}
console.log(`${cells} cells and strings`);
