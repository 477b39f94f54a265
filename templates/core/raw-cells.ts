/**
 * Raw cells as both adapters hand them over, made into what the rules read, once, here: the CLI's readers and the
 * pane give the values as stored (a date is a number in a date-formatted cell), the merged areas with their value
 * in the top-left cell, the hidden rows, the solid fills. The core decides what a date is, spreads merges, keeps the
 * hidden rows that hold data and the fills that can mark a period (templates/core/fills.ts), so the same cells give
 * the same findings whichever path read them.
 */
import type { CellValue, MergeRange, SheetGrid, WorkbookGrid } from './types.js';
import { markingFills } from './fills.js';

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (serial 0 of the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial 0 of the 1904 system is 1904-01-01: 1,462 days after the 1900 system's. */
const OFFSET_1904 = 1_462;

/** A date serial as the instant it names (UTC, as every date here); a serial no Date can hold stays a number. */
export function serialToDate(serial: number, date1904 = false): Date | number {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? OFFSET_1904 : 0)) * DAY_MS));
  return Number.isNaN(date.getTime()) ? serial : date;
}

const isBlankValue = (v: CellValue | undefined) => v === null || v === undefined || v === '';

/** Numbers of date-formatted cells as Dates, in a copy of the rows that hold one. */
function datesOf(grid: SheetGrid, date1904: boolean): CellValue[][] {
  const marks = grid.dateCells;
  if (!marks?.length) return grid.rows;
  const rows = grid.rows.slice();
  marks.forEach((columns, r) => {
    if (!columns?.length || !rows[r]) return;
    const row = (rows[r] = rows[r].slice());
    for (const c of columns) {
      const v = row[c];
      if (typeof v === 'number' && Number.isFinite(v)) row[c] = serialToDate(v, date1904);
    }
  });
  return rows;
}

/**
 * Every cell a merged area covers reads as its top-left value, rows and columns the area brings into being
 * included (Excel stores nothing there; the area shows the value across it). Merges are sheet-absolute, the rows
 * start at the grid's first row and column.
 */
function spreadMerges(grid: SheetGrid, rows: CellValue[][]): CellValue[][] {
  if (!grid.merges?.length) return rows;
  const top0 = (grid.firstRow ?? 1) - 1;
  const left0 = (grid.firstColumn ?? 1) - 1;
  const out = rows === grid.rows ? rows.slice() : rows;
  const copied = new Set<number>();
  for (const m of grid.merges) {
    const top = m.top - top0;
    const left = m.left - left0;
    const origin = rows[top]?.[left] ?? null;
    if (isBlankValue(origin)) continue;
    for (let r = Math.max(0, top); r <= m.bottom - top0; r++) {
      if (!copied.has(r)) {
        out[r] = out[r] ? out[r].slice() : [];
        copied.add(r);
      }
      const row = out[r];
      while (row.length < left) row.push(null);
      for (let c = Math.max(0, left); c <= m.right - left0; c++) if (r !== top || c !== left) row[c] = origin;
    }
  }
  for (let r = 0; r < out.length; r++) out[r] ??= [];
  return out;
}

/** The merged areas spreadMerges fills, in the grid's own 0-based rows and columns. */
function spreadAreas(grid: SheetGrid): MergeRange[] {
  const top0 = (grid.firstRow ?? 1) - 1;
  const left0 = (grid.firstColumn ?? 1) - 1;
  return (grid.merges ?? [])
    .map((m) => ({ top: m.top - top0, left: m.left - left0, bottom: m.bottom - top0, right: m.right - left0 }))
    .filter((m) => !isBlankValue(grid.rows[m.top]?.[m.left] ?? null));
}

/** Hidden rows that hold a value as stored (before merges spread into them): the rows whose data nobody sees. */
function hiddenWithValues(grid: SheetGrid): number[] | undefined {
  const firstRow = grid.firstRow ?? 1;
  const kept = (grid.hiddenRows ?? []).filter((row) => grid.rows[row - firstRow]?.some((v) => !isBlankValue(v)));
  return kept.length ? kept : undefined;
}

/** One sheet's raw cells as the rules read them. Idempotent: a grid made so has nothing left to make. */
export function normaliseSheet(grid: SheetGrid, date1904 = false): SheetGrid {
  if (!grid.dateCells && !grid.merges && !grid.hiddenRows && !grid.fills) return grid;
  const { dateCells: _dates, merges: _merges, hiddenRows: _hidden, fills: _fills, ...rest } = grid;
  const hiddenRows = hiddenWithValues(grid);
  const spread = spreadAreas(grid);
  const rows = spreadMerges(grid, datesOf(grid, date1904));
  const fills = markingFills(grid, rows);
  return {
    ...rest,
    rows,
    ...(hiddenRows ? { hiddenRows } : {}),
    ...(spread.length ? { spread } : {}),
    ...(fills ? { fills } : {}),
  };
}

/** Every sheet of a workbook, in its own date system (spent once its dates are dates). */
export function normaliseWorkbook(workbook: WorkbookGrid): WorkbookGrid {
  const { date1904, ...rest } = workbook;
  return { ...rest, sheets: workbook.sheets.map((s) => normaliseSheet(s, !!date1904)) };
}
