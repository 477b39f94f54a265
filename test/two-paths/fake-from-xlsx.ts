/**
 * The fake Excel opened on an xlsx as Excel opens it, through exceljs (the file as stored, not our readers):
 * `values` as Excel gives them (numbers stay numbers: a date is its serial in the workbook's date system; a
 * formula is its cached result; an error is its text), each cell's number format, merged areas with their value
 * in the top-left cell only, hidden rows and sheets, the date system.
 */
import ExcelJS from 'exceljs';
import { FakeWorkbook } from '../addin/fake-excel.js';

const DAY_MS = 86_400_000;

/** Excel's serial of an instant: day 25569 is 1970-01-01 in the 1900 system, 1462 days less in the 1904 one. */
function serialOf(date: Date, date1904: boolean): number {
  return date.getTime() / DAY_MS + 25569 - (date1904 ? 1462 : 0);
}

type Plain = string | number | boolean | Date | null;

/** A cell's value with exceljs's shapes taken apart: what Excel keeps in the cell. */
function stored(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return stored((value as { result?: ExcelJS.CellValue }).result);
  if ('error' in value) return String(value.error);
  if ('hyperlink' in value) return stored((value as { text?: ExcelJS.CellValue }).text ?? null);
  return String(value);
}

const STATES = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export async function fakeFromXlsx(bytes: Buffer): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = !!book.properties.date1904;
  const wb = new FakeWorkbook();
  wb.date1904 = date1904;
  for (const ws of book.worksheets) {
    const sheet = wb.addSheet(ws.name);
    sheet.visibility = STATES[ws.state as keyof typeof STATES] ?? 'Visible';
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r - 1);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // Excel keeps a merged area's value in its top-left cell
        const value = stored(cell.value);
        const format = cell.numFmt || (value instanceof Date ? 'yyyy-mm-dd' : undefined);
        if (value !== null && value !== '')
          sheet.set(r - 1, c - 1, value instanceof Date ? serialOf(value, date1904) : value);
        if (format) sheet.format(r - 1, c - 1).numberFormat = format;
      });
    });
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) sheet.merge(ref);
  }
  return wb;
}
