import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { excelText, EXCEL_CELL_LIMIT } from '../../pipeline/write/xlsx-rows.js';
import { XlsxWriter } from '../../pipeline/write/xlsx/workbook.js';

describe('plain rows of the streaming writer', () => {
  it('shows dates as yyyy-mm-dd and keeps numbers and text as they are, row after row', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'psea-rows-')), 'r.xlsx');
    const writer = new XlsxWriter(path);
    const sheet = writer.addSheet('s', { header: false });
    sheet.addRow(['text', 12, new Date(Date.UTC(2026, 8, 30))]);
    sheet.addRow([new Date(Date.UTC(2025, 0, 2)), 'more', -3.5]);
    writer.commit(new Date().toISOString());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('s')!;
    expect(ws.getCell('C1').value).toEqual(new Date(Date.UTC(2026, 8, 30)));
    expect(ws.getCell('C1').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B1').value).toBe(12);
    expect(ws.getCell('B1').numFmt).not.toBe('yyyy-mm-dd');
    expect(ws.getCell('C2').value).toBe(-3.5);
    expect(ws.getCell('B2').value).toBe('more');
  });

  it('cuts text to the Excel cell limit with a visible mark, and neutralises formulas first', () => {
    const long = excelText('x'.repeat(40_000));
    expect(long.length).toBe(EXCEL_CELL_LIMIT);
    expect(long.endsWith(' […]')).toBe(true);
    expect(excelText('y'.repeat(EXCEL_CELL_LIMIT))).toBe('y'.repeat(EXCEL_CELL_LIMIT));
    expect(excelText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(excelText('plain')).toBe('plain');
  });
});
