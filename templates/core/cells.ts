/**
 * What a reader handed over, scanned before any template rule: cells past Excel's length limit (kept whole),
 * Excel error values, and numbers no workbook can hold (NaN, ±Infinity), both read as empty, never consolidated;
 * an empty text reads as a blank cell.
 * The cell.* rules report from the scan.
 */
import type { CellValue, SheetGrid } from './types.js';
import { a1 } from './text.js';

/** Excel's maximum characters in one cell. */
export const EXCEL_CELL_LIMIT = 32_767;

/** The error values a cell can show; a reader hands them over as this text. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export interface CellNote {
  /** 1-based sheet row and A1 address. */
  row: number;
  cell: string;
  value: string;
}

export interface CellScan {
  /** The grid with error values blanked: a copy of the rows that held one, the reader's grid left as read. */
  grid: SheetGrid;
  long: CellNote[];
  errors: CellNote[];
  /** NaN and ±Infinity: an XML cell can spell them, no workbook can store them (openpyxl refuses the file). */
  notNumbers: CellNote[];
}

/** One finding per noted cell, on the cell, naming its value (cell.error-value, cell.not-a-number). */
export function emitCellNotes(
  notes: readonly CellNote[],
  emit: (target: { row: number; cell: string; value: string }, params: { cell: string; value: string }) => unknown,
): void {
  for (const c of notes) emit({ row: c.row, cell: c.cell, value: c.value }, { cell: c.cell, value: c.value });
}

export function scanCells(grid: SheetGrid): CellScan {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const long: CellNote[] = [];
  const errors: CellNote[] = [];
  const notNumbers: CellNote[] = [];
  let rows: CellValue[][] | undefined;
  const blank = (r: number, c: number, row: CellValue[]) => {
    rows ??= grid.rows.slice();
    if (rows[r] === row) rows[r] = row.slice();
    rows[r][c] = null;
  };
  grid.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const at = () => ({ row: firstRow + r, cell: a1(firstColumn - 1 + c, firstRow + r), value: String(v) });
      if (typeof v === 'number' && !Number.isFinite(v)) {
        notNumbers.push(at());
        blank(r, c, row);
      }
      if (typeof v !== 'string') continue;
      // An empty text is no value: Excel's API cannot tell it from a blank cell, so the pane never sees one.
      if (v === '') blank(r, c, row);
      else if (v.length > EXCEL_CELL_LIMIT) long.push(at());
      else if (v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v)) {
        errors.push(at());
        blank(r, c, row);
      }
    }
  });
  return { grid: rows ? { ...grid, rows } : grid, long, errors, notNumbers };
}
