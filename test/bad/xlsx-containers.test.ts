/** Issue 7, rows 1-3: broken containers, encrypted and legacy files get their own one-line reason. */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseInput, InputError } from '../../pipeline/read/index.js';
import { expandInputs } from '../../pipeline/inputs.js';
import * as corpus from '../fixtures/bad/xlsx-corpus.js';
import { expectBatchGoesOn, freshDir, withEnv } from './xlsx-batch.js';

const REASONS = {
  corrupt: /damaged: part xl\/worksheets\/sheet1\.xml cannot be unpacked \(invalid block type\)/,
  truncated: /cut short \(truncated\)/,
  empty: /the file is empty \(0 bytes\)/,
  text: /a text file, not an xlsx workbook$/,
  csv: /a CSV text file, not an xlsx workbook: rename it to \.csv/,
  encrypted: /encrypted \(password-protected\): open it in Excel and save it without a password/,
  legacy: /legacy Excel 97-2003 file \(\.xls\): open it in Excel and save as \.xlsx/,
};

let dir: string;
let files: Record<keyof typeof REASONS | 'legacyNamedXlsx' | 'good', string>;

beforeAll(async () => {
  dir = await freshDir('containers');
  files = {
    good: await corpus.goodMatrix(dir),
    corrupt: await corpus.corruptZip(dir),
    truncated: await corpus.truncatedXlsx(dir),
    empty: await corpus.emptyXlsx(dir),
    text: await corpus.textAsXlsx(dir),
    csv: await corpus.csvAsXlsx(dir),
    encrypted: await corpus.encryptedXlsx(dir),
    legacy: await corpus.legacyXls(dir),
    legacyNamedXlsx: await corpus.legacyXls(dir, 'really-xls.xlsx'),
  };
});

async function reason(path: string, reader?: 'exceljs'): Promise<string> {
  const bytes = await readFile(path);
  const error = await withEnv({ PSEA_READER: reader }, () => parseInput(bytes, path, path)).then(
    () => new Error(`${path} was read`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).message;
}

describe('broken and foreign containers (xlsx corpus)', () => {
  it('gives each broken file its own reason, with either reader', async () => {
    for (const reader of [undefined, 'exceljs'] as const) {
      for (const [key, pattern] of Object.entries(REASONS)) {
        const path = files[key as keyof typeof REASONS];
        const message = await reason(path, reader);
        expect(message.startsWith(`${path}: `), message).toBe(true);
        expect(message, `${key} (${reader ?? 'fast'})`).toMatch(pattern);
      }
      expect(await reason(files.legacyNamedXlsx, reader)).toMatch(REASONS.legacy);
    }
  });

  it('reads a good file of the same folder', async () => {
    const grid = await parseInput(await readFile(files.good), files.good);
    expect(grid.sheets[0].rows).toHaveLength(3);
  });

  it('picks .xls files up from a folder so they are reported, not skipped', async () => {
    const { files: found } = await expandInputs([dir]);
    expect(found).toContain(join(dir, 'legacy.xls'));
    expect(found).toContain(files.legacyNamedXlsx);
  });

  it('goes on with the rest of the batch through the CLI, one stderr line per bad file', async () => {
    await expectBatchGoesOn(dir, files.good, {
      [files.corrupt]: REASONS.corrupt,
      [files.truncated]: REASONS.truncated,
      [files.empty]: REASONS.empty,
      [files.text]: REASONS.text,
      [files.csv]: REASONS.csv,
      [files.encrypted]: REASONS.encrypted,
      [files.legacy]: REASONS.legacy,
      [files.legacyNamedXlsx]: REASONS.legacy,
    });
  });
});
