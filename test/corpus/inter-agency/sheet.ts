/** Small exceljs helpers shared by the corpus builders: a fixed workbook date, title lines, a styled header, dates. */
import ExcelJS from 'exceljs';

/** Workbook metadata is fixed so that two runs write the same cells and properties. */
export function workbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = new Date(Date.UTC(2026, 2, 31, 9, 0, 0));
  wb.modified = wb.created;
  return wb;
}

/** A UTC date: exceljs writes Date cells as serials, so a local-time offset would shift the day. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export function title(ws: ExcelJS.Worksheet, row: number, text: string, span: number): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true, size: 13 };
  if (span > 1) ws.mergeCells(row, 1, row, span);
}

export function header(ws: ExcelJS.Worksheet, row: number, labels: readonly string[], fill = 'FFD9E1F2'): void {
  labels.forEach((label, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  });
}

/** A section row ("Outcome 1: …"): text in the first cell, merged across the table when asked. */
export function section(ws: ExcelJS.Worksheet, row: number, text: string, span: number, merge: boolean): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  if (merge) ws.mergeCells(row, 1, row, span);
}

/** A new workbook with one sheet: its title in row 1 (merged across the table) when given, and its header row. */
export function start(
  creator: string,
  sheet: string,
  heading: string | null,
  labels: readonly string[],
  headerRow: number,
): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = workbook(creator);
  const ws = wb.addWorksheet(sheet);
  if (heading) title(ws, 1, heading, labels.length);
  header(ws, headerRow, labels);
  return { wb, ws };
}

export function widths(ws: ExcelJS.Worksheet, values: readonly number[]): void {
  values.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function dateFormat(cell: ExcelJS.Cell): void {
  cell.numFmt = 'dd/mm/yyyy';
}

/** Writes a row's values from column A (null leaves a cell empty); Date cells show as dd/mm/yyyy. */
export function put(ws: ExcelJS.Worksheet, row: number, values: readonly ExcelJS.CellValue[]): void {
  values.forEach((v, c) => {
    const cell = ws.getCell(row, c + 1);
    cell.value = v;
    if (v instanceof Date) dateFormat(cell);
  });
}

/** Statuses written as letters in the builders' data: one letter per standard, MOS-1 first. */
export const STATUS_LETTER = { P: 'In place', I: 'In progress', N: 'Not in place', A: 'Not applicable' } as const;
export const statuses = <T extends Record<string, string>>(letters: string, map: T): T[keyof T][] =>
  [...letters].map((l) => map[l as keyof T]);
