/**
 * Cell fills as both readers give them: the fast reader and exceljs (the reference) keep the same colours of empty
 * cells and of column A, on the corpus's Gantt workplans (colour-only marks) and on every corpus file; a Gantt task
 * marked only by a fill gets its timeframe, while a banded row (its first cell filled alike) is no mark.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsxFast } from '../../pipeline/read/fast-xlsx/index.js';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { CORPUS, EXPECTED } from './corpus-expected.js';

const file = (name: string) => join(CORPUS, 'files', name);

describe('fills', () => {
  it('the fast reader and exceljs keep the same fills on every corpus file', async () => {
    for (const name of Object.keys(EXPECTED.files)) {
      const bytes = await readFile(file(name));
      const fast = await readXlsxFast(bytes, name);
      const reference = await readXlsx(bytes, name);
      expect(
        fast.sheets.map((s) => s.fills ?? {}),
        name,
      ).toEqual(reference.sheets.map((s) => s.fills ?? {}));
    }
    const quarters = await readXlsxFast(await readFile(file('workplan-quarters-en.xlsx')), 'q.xlsx');
    expect(quarters.sheets[0].fills?.[8]).toEqual({ 4: 'FF4472C4', 5: 'FF4472C4', 6: 'FF4472C4', 7: 'FF4472C4' });
  });

  it('a period filled in colour is a mark; a banded row is not', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(['Activity', 'Responsible', 'Indicator', 'Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Status']);
    ws.addRow(['Marked in green', 'UNFPA', 'Done', null, null, null, null, 'Not started']);
    ws.addRow(['Banded row', 'UNFPA', 'Done', null, null, 'x', null, 'Not started']);
    const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
    for (const c of ['E', 'F']) ws.getCell(`${c}2`).fill = solid('FF70AD47');
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) ws.getCell(`${c}3`).fill = solid('FFF2F2F2');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    for (const read of [readXlsxFast, readXlsx]) {
      const grid = await read(bytes, 'plan.xlsx');
      const [sheet] = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' }).sheets;
      expect(sheet.records.map((r) => [r.derived.start_date, r.derived.due_date])).toEqual([
        ['2027-04-01', '2027-09-30'],
        ['2027-07-01', '2027-09-30'],
      ]);
    }
  });
});
