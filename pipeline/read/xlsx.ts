/** xlsx → WorkbookGrid through exceljs: values only, merges kept, formulas read as their cached result. */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../templates/index.js';
import { parseMerge } from './merge.js';
import { checkGridSize, readLimits, type ReadLimits } from './limits.js';
import { fixExceljs } from './exceljs-fixes.js';
import { resolvedColour, themeColours } from './colours.js';

type ExcelValue = ExcelJS.CellValue;

/** Flattens exceljs's value shapes (rich text, formula, hyperlink, error) to a plain cell value. */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return plainValue((value as { result?: ExcelValue }).result ?? null);
    if ('hyperlink' in value) return plainValue((value as { text?: ExcelValue }).text ?? null);
    if ('error' in value) return String((value as { error: string }).error);
  }
  return String(value);
}

/** A cell's solid fill as Excel shows it and the fast reader gives it ("FFD9D9D9", colours.ts); white is none. */
function fillColour(cell: ExcelJS.Cell, theme: readonly string[]): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid' || !fill.fgColor) return undefined;
  const fg = fill.fgColor as { argb?: string; theme?: number; indexed?: number; tint?: number };
  const colour = resolvedColour({ rgb: fg.argb, theme: fg.theme, indexed: fg.indexed, tint: fg.tint }, theme);
  return colour === 'FFFFFFFF' ? undefined : colour;
}

export function worksheetGrid(sheet: ExcelJS.Worksheet, theme: readonly string[] = themeColours(undefined)): SheetGrid {
  const rows: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const fills: Record<number, Record<number, string>> = {};
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    const values: CellValue[] = [];
    // Fills of empty cells (a Gantt marked in colour) and of column A (a banded row), as the fast reader keeps them.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const colour = fillColour(cell, theme);
      const empty = cell.value === null || cell.value === undefined;
      if (colour && (empty || col === 1)) (fills[rowNumber - 1] ??= {})[col - 1] = colour;
    });
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map((m) => parseMerge(m, sheet.name));
  const grid: SheetGrid = { name: sheet.name, rows, merges };
  if (sheet.state === 'hidden' || sheet.state === 'veryHidden') grid.hidden = sheet.state;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (Object.keys(fills).length) grid.fills = fills;
  return grid;
}

export async function readXlsx(
  buffer: Buffer | ArrayBuffer,
  file: string,
  limits: ReadLimits = readLimits(),
): Promise<WorkbookGrid> {
  fixExceljs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  // exceljs keeps the theme part as text, unparsed (workbook._themes), and names no colour by it.
  const themes = (workbook as unknown as { _themes?: Record<string, string> })._themes;
  const theme = themeColours(themes?.theme1 ?? Object.values(themes ?? {})[0]);
  const sheets = workbook.worksheets.map((sheet) => worksheetGrid(sheet, theme));
  checkGridSize(sheets, limits);
  return { file, sheets };
}
