import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxStreamWriter, escapeXml } from '../../pipeline/write/fast-xlsx/workbook-writer.js';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { readXlsxFast } from '../../pipeline/read/fast-xlsx/index.js';
import type { CellValue } from '../../templates/index.js';

const dir = mkdtempSync(join(tmpdir(), 'psea-writer-'));

describe('streaming xlsx writer', () => {
  it('writes values exceljs reads back unchanged, with a frozen bold header and a filter', async () => {
    const rows: CellValue[][] = [
      ['a & b <c> "d"', 12.5, true, new Date(Date.UTC(2025, 2, 31)), null, 'x'],
      ['Réponse — ✓ 😀', -3, false, 'line\nbreak', 1e-7, '  padded  '],
    ];
    const long = Array.from({ length: 3000 }, (_, i) => [`row ${i} ${'prose '.repeat(60)}`, i]);
    const path = join(dir, 'out.xlsx');
    const writer = await XlsxStreamWriter.create(path);
    await writer.sheet('Records', { header: ['text', 'n', 'flag', 'date', 'empty', 'more'] }, async (sheet) => {
      for (const row of rows) await sheet.addRow(row);
    });
    await writer.sheet('Long & more', { header: ['text', 'i'] }, async (sheet) => {
      for (const row of long) await sheet.addRow(row);
    });
    await writer.close();

    const bytes = readFileSync(path);
    const read = await readXlsx(bytes, 'out.xlsx');
    expect(read.sheets.map((s) => s.name)).toEqual(['Records', 'Long & more']);
    expect(read.sheets[0].rows).toEqual([['text', 'n', 'flag', 'date', 'empty', 'more'], ...rows]);
    expect(read.sheets[1].rows.slice(1)).toEqual(long);
    expect(await readXlsxFast(bytes, 'out.xlsx')).toEqual(read);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Records')!;
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:F1');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a<b>&"c"\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(escapeXml('plain')).toBe('plain');
  });
});
