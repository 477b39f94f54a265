/**
 * The streaming writer keeps a small sheet in memory and deflates it whole; a sheet past one chunk goes to a spool
 * file. Both must read back cell for cell, with exceljs, and leave no spool behind.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxWriter } from '../../pipeline/write/xlsx/workbook.js';

const BIG_ROWS = 12_000; // about 2.5 MB of sheet XML: two chunks and more

describe('sheets held in memory and sheets spooled', () => {
  it('reads back every cell of 200 small sheets and one large one, and only the large one made a spool', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-held-'));
    const path = join(dir, 'w.xlsx');
    const writer = new XlsxWriter(path);
    const big = writer.addSheet('big', { header: true });
    big.setHeader(['n', 'text'], [8, 40]);
    const small = [];
    for (let s = 0; s < 200; s++) {
      const sheet = writer.addSheet(`s${s}`, { header: true, print: true });
      sheet.setHeader(['k', 'v'], [10, 12]);
      for (let r = 0; r < (s % 7) + 1; r++) sheet.addRow([`k${s}-${r}`, s * 10 + r]);
      sheet.end();
      small.push(sheet);
    }
    for (let r = 0; r < BIG_ROWS; r++) big.addRow([r, `row ${r} <&> ${'é'.repeat(r % 50)}`]);
    const spools = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(spools).toHaveLength(1);
    expect(small.every((s) => s.spoolPath === undefined)).toBe(true);
    expect(() => small[0].addRow(['late'])).toThrow(/after its end/);
    writer.commit(new Date().toISOString());
    expect(await readdir(dir)).toEqual(['w.xlsx']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('big')!;
    expect(ws.rowCount).toBe(BIG_ROWS + 1);
    expect(ws.getCell('B1').value).toBe('text');
    for (const r of [0, 1, 4999, BIG_ROWS - 1]) {
      expect(ws.getCell(`A${r + 2}`).value).toBe(r);
      expect(ws.getCell(`B${r + 2}`).value).toBe(`row ${r} <&> ${'é'.repeat(r % 50)}`);
    }
    for (const s of [0, 1, 6, 199]) {
      const sheet = wb.getWorksheet(`s${s}`)!;
      expect(sheet.getCell('A1').value).toBe('k');
      expect(sheet.rowCount).toBe((s % 7) + 2);
      expect(sheet.getCell(`B${(s % 7) + 2}`).value).toBe(s * 10 + (s % 7));
      expect(sheet.getCell('A2').value).toBe(`k${s}-0`);
      expect(sheet.getColumn(2).width).toBe(12);
    }
  });
});
