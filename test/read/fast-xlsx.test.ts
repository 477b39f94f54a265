import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { readXlsxFast } from '../../pipeline/read/fast-xlsx/index.js';
import { listEntries, rawBytes } from '../../pipeline/read/fast-xlsx/zip.js';
import { gridBuilder, scanRows, sheetNames } from '../../pipeline/read/fast-xlsx/sheet.js';
import { workbookBudget } from '../../pipeline/read/fast-xlsx/budget.js';
import { readLimits } from '../../pipeline/read/limits.js';
import { workbookParts } from '../../pipeline/read/fast-xlsx/workbook.js';
import { isDateFormat } from '../../templates/core/number-format.js';
import { normaliseSheet, normaliseWorkbook, type CellValue } from '../../templates/index.js';
import { exceljsFixtures } from './fixtures.js';
import * as corpus from '../fixtures/bad/xlsx-corpus.js';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let files: Record<string, Buffer> = {};

beforeAll(async () => {
  files = await exceljsFixtures();
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')))
    files[name] = readFileSync(join(FIXTURES, name));
  // The bad-input corpus's readable workbooks: hidden parts, macros, error values, both date systems.
  const dir = await mkdtemp(join(tmpdir(), 'psea-fast-'));
  for (const make of [
    corpus.hiddenParts,
    corpus.macroXlsm,
    corpus.awkwardCells,
    (d: string) => corpus.datedPlan(d, true),
  ]) {
    const path = await make(dir);
    files[path.split('/').pop()!] = readFileSync(path);
  }
});

describe('fast xlsx reader', () => {
  it('reads every fixture cell for cell as exceljs does', async () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'shared-1900.xlsx',
        'shared-1904.xlsx',
        'inline-stream.xlsx',
        'openpyxl-matrix.xlsx',
        'hidden.xlsx',
        'macros.xlsm',
      ]),
    );
    for (const [name, bytes] of Object.entries(files)) {
      // What the core makes of each (dates from date-formatted numbers, merges spread): the cells the rules read.
      const fast = normaliseWorkbook(await readXlsxFast(bytes, name));
      const reference = normaliseWorkbook(await readXlsx(bytes, name));
      expect(fast.sheets.length, name).toBeGreaterThan(0);
      expect(fast, name).toEqual(reference);
    }
  });

  it('gives each kind of cell its plain value, a date as its serial in a cell the core is told is a date', async () => {
    const raw = (await readXlsxFast(files['shared-1900.xlsx'], 'x')).sheets[0];
    expect(raw.rows[2][4]).toBe(45747);
    expect(raw.dateCells?.[2]).toContain(4);
    const sheet = normaliseSheet(raw);
    const at = (a1: string): CellValue => {
      const col = a1.charCodeAt(0) - 65;
      return sheet.rows[Number(a1.slice(1)) - 1][col];
    };
    expect(at('B4')).toBe('Bold then plain');
    expect(at('D3')).toBe(true);
    expect(at('H3')).toBe('#N/A');
    expect(at('E3')).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(at('E4')).toBeInstanceOf(Date);
    expect(at('F4')).toBe(45123.5);
    expect(at('B7')).toBe('ab & <c>');
    expect(at('F7')).toBeNull();
    expect(raw.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 5, left: 0, bottom: 5, right: 3 },
    ]);
    expect(raw.hiddenRows).toEqual([4, 6]);
    const book = await readXlsxFast(files['shared-1900.xlsx'], 'x');
    expect(book.sheets.map((s) => s.hidden)).toEqual([undefined, 'hidden', undefined, 'veryHidden']);
    const in1904 = normaliseWorkbook(await readXlsxFast(files['shared-1904.xlsx'], 'x')).sheets[0];
    expect(in1904.rows[2][4]).toEqual(new Date(Date.UTC(2025, 2, 31)));
  });

  it('tells date formats from number formats', () => {
    for (const f of ['dd/mm/yyyy', 'mmm-yy', 'h:mm AM/PM', '[$-409]d-mmm-yy;@', 'yyyy-mm-dd hh:mm:ss'])
      expect(isDateFormat(f), f).toBe(true);
    for (const f of ['0.0%', '#,##0.00 "kg"', 'General', '[Red]0.00', '@', '0\\d'])
      expect(isDateFormat(f), f).toBe(false);
  });

  it('scans a sheet fed in small chunks as it scans it whole', async () => {
    const bytes = files['openpyxl-matrix.xlsx'];
    const entries = listEntries(bytes);
    const parts = workbookParts(bytes, entries);
    const xml = inflateRawSync(rawBytes(bytes, entries.get(parts.sheets[0].path)!));
    const ctx = {
      sharedStrings: parts.sharedStrings,
      dateStyles: parts.dateStyles,
      date1904: parts.date1904,
      names: sheetNames(),
    };
    const whole = gridBuilder('Matrix', workbookBudget(readLimits()));
    scanRows(xml, 0, xml.length, ctx, whole);
    const chunked = gridBuilder('Matrix', workbookBudget(readLimits()));
    let carry = Buffer.alloc(0);
    for (let i = 0; i < xml.length; i += 97) {
      const b = Buffer.concat([carry, xml.subarray(i, i + 97)]);
      const used = scanRows(b, 0, b.length, ctx, chunked);
      if (used < 0) break;
      carry = b.subarray(used);
    }
    expect(chunked.rows).toEqual(whole.rows);
    expect(whole.rows.length).toBe(10);
    // A row cut by a chunk end is scanned again, but charged to the workbook's budget once.
    expect(chunked.budget).toEqual(whole.budget);
  });

  it('rejects a file that is not a zip with a clear reason', async () => {
    await expect(readXlsxFast(Buffer.from('name,value\n1,2\n'), 'x.xlsx')).rejects.toThrow(/central directory/);
  });
});
