/**
 * Reads corpus files into text grids three ways (exceljs, openpyxl through Python, papaparse for CSV), merged cells
 * showing their first cell's value, so the tests can check the files against the manifest independently of the
 * generator that wrote them.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORPUS_DIR } from '../generate/paths.js';
import { PYTHON } from '../generate/index.js';

export type Grid = string[][];
export type Grids = Record<string, Grid>;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return JSON.stringify(value);
  }
  return String(value);
}

/** exceljs: a merged cell's value is its master's, which is what a reader sees. */
export async function gridsExceljs(path: string): Promise<Grids> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Grids = {};
  wb.eachSheet((ws) => {
    const rows: Grid = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value).trim());
      rows.push(cells);
    }
    out[ws.name] = rows;
  });
  return out;
}

export function gridsOpenpyxl(paths: string[]): Record<string, Grids> {
  const script = join(CORPUS_DIR, 'check', 'grid_openpyxl.py');
  const json = execFileSync(PYTHON, [script, ...paths], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  const raw = JSON.parse(json) as Record<string, Grids>;
  for (const grids of Object.values(raw))
    for (const g of Object.values(grids)) g.forEach((r, i) => (g[i] = r.map((c) => c.trim())));
  return raw;
}

export function gridCsv(path: string): { grids: Grids; delimiter: string; bom: boolean } {
  const text = readFileSync(path, 'utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, { skipEmptyLines: false });
  const rows = parsed.data.filter((r, i, all) => i < all.length - 1 || r.some((c) => c !== ''));
  return {
    grids: { [basename(path, '.csv')]: rows.map((r) => r.map((c) => c.trim())) },
    delimiter: parsed.meta.delimiter,
    bom,
  };
}

/** Cell text at a 1-based row and 0-based column ('' outside the grid). */
export const at = (g: Grid, row: number, col: number): string => g[row - 1]?.[col] ?? '';

export const colIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export const isEmptyRow = (g: Grid, row: number): boolean => (g[row - 1] ?? []).every((c) => c === '');

/** The last row with any text. */
export const lastRow = (g: Grid): number => g.reduce((n, r, i) => (r.some((c) => c !== '') ? i + 1 : n), 0);
