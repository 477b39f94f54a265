/** Issue 7, rows 5-6: zip bombs refused before parsing, a 1,000,000-row sheet refused without running out of memory. */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseInput } from '../../pipeline/read/index.js';
import * as corpus from '../fixtures/bad/xlsx-corpus.js';
import { expectBatchGoesOn, freshDir, withEnv } from './xlsx-batch.js';

const READERS = [undefined, 'exceljs'] as const;

async function read(path: string, reader?: string, env: Record<string, string> = {}) {
  const bytes = await readFile(path);
  return withEnv({ PSEA_READER: reader, ...env }, () => parseInput(bytes, path, path));
}

const RATIO = new RegExp(
  String.raw`refused before reading: part xl\/worksheets\/sheet1\.xml would expand 1011 times \(600 MB\), ` +
    String.raw`over the 500:1 compression-ratio limit \(a zip bomb, or raise PSEA_MAX_ZIP_RATIO\)`,
);
const TOTAL = new RegExp(
  String.raw`refused before reading: it would unpack to 1,80\d MB, ` +
    String.raw`over the 1,024 MB limit \(a zip bomb, or raise PSEA_MAX_UNZIPPED_MB\)`,
);
const LYING = (declared: number) =>
  new RegExp(
    `refused: part xl/worksheets/sheet1\\.xml unpacks to more than the ${declared.toLocaleString('en-US')} ` +
      `bytes its zip directory declares`,
  );
const ROWS = new RegExp(
  String.raw`more than 200,000 rows hold values \(the limit was reached in sheet "[^"]+"\), ` +
    'the limit per file that protects memory; if the file is genuine, raise it with PSEA_MAX_ROWS=<rows>',
);

let dir: string;
let files: Record<'good' | 'ratio' | 'total' | 'lyingSmall' | 'lyingStream' | 'million', string>;

beforeAll(async () => {
  dir = await freshDir('limits');
  files = {
    good: await corpus.goodMatrix(dir),
    ratio: await corpus.ratioBomb(dir),
    total: await corpus.totalBomb(dir),
    lyingSmall: await corpus.lyingBomb(dir, 65_536, 'bomb-lying-small.xlsx'),
    lyingStream: await corpus.lyingBomb(dir, 10 << 20, 'bomb-lying-stream.xlsx'),
    million: await corpus.millionRows(dir),
  };
});

describe('zip bombs (xlsx corpus)', () => {
  it('are small files', async () => {
    for (const key of ['ratio', 'total', 'lyingSmall', 'lyingStream'] as const)
      expect((await readFile(files[key])).length, key).toBeLessThan(4 << 20);
  });

  it('are refused from the zip directory, before any part is inflated, by either reader', async () => {
    for (const reader of READERS) {
      await expect(read(files.ratio, reader)).rejects.toThrow(RATIO);
      await expect(read(files.total, reader)).rejects.toThrow(TOTAL);
    }
  });

  it('stop inflating a part that lies about its size, whole or streamed, before exceljs sees it', async () => {
    for (const reader of READERS) {
      await expect(read(files.lyingSmall, reader)).rejects.toThrow(LYING(65_536));
      await expect(read(files.lyingStream, reader)).rejects.toThrow(LYING(10 << 20));
    }
  });

  it('the limits move with their variables', async () => {
    // Past the ratio check, the zeros still hold no row: the streaming reader stops at 16 MB.
    await expect(read(files.ratio, undefined, { PSEA_MAX_ZIP_RATIO: '2000' })).rejects.toThrow(
      /sheet "Matrix" has a row over 16 MB of XML/,
    );
    await expect(read(files.total, undefined, { PSEA_MAX_UNZIPPED_MB: '100' })).rejects.toThrow(
      /over the 100 MB limit/,
    );
  });
});

describe('a 1,000,000-row sheet (xlsx corpus)', () => {
  it('is refused at the row limit, naming it and how to raise it, with memory to spare', async () => {
    for (const reader of READERS) {
      const before = process.memoryUsage().heapUsed;
      await expect(read(files.million, reader)).rejects.toThrow(ROWS);
      const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
      expect(grown, `heap grew ${grown.toFixed(0)} MB`).toBeLessThan(400);
    }
  });

  it('reads a long sheet once the limit is raised, and refuses it below; the cell limit too', async () => {
    const long = await corpus.longMatrix(await freshDir('long'), 'long.xlsx', 1500);
    for (const reader of READERS) {
      await expect(read(long, reader, { PSEA_MAX_ROWS: '1000' })).rejects.toThrow(
        /more than 1,000 rows.*PSEA_MAX_ROWS/,
      );
      await expect(read(long, reader, { PSEA_MAX_CELLS: '5000' })).rejects.toThrow(
        /more than 5,000 filled cells.*PSEA_MAX_CELLS/,
      );
      const grid = await read(long, reader, { PSEA_MAX_ROWS: '2000' });
      expect(grid.sheets[0].rows).toHaveLength(1501);
      expect(grid.sheets[0].rows[1500][0]).toBe(1500);
    }
  });

  it('goes on with the rest of the batch through the CLI, one stderr line per refused file', async () => {
    await expectBatchGoesOn(dir, files.good, {
      [files.ratio]: RATIO,
      [files.total]: TOTAL,
      [files.lyingSmall]: LYING(65_536),
      [files.lyingStream]: LYING(10 << 20),
      [files.million]: ROWS,
    });
  });
});
