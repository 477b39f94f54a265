/**
 * What a reader handed over, scanned before any template rule: cells past Excel's length limit (kept whole)
 * and Excel error values (read as empty, never consolidated as text). The cell.* rules report from the scan.
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
}

export function scanCells(grid: SheetGrid): CellScan {
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  const long: CellNote[] = [];
  const errors: CellNote[] = [];
  let rows: CellValue[][] | undefined;
  grid.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string') continue;
      const at = () => ({ row: firstRow + r, cell: a1(firstColumn - 1 + c, firstRow + r), value: v });
      if (v.length > EXCEL_CELL_LIMIT) long.push(at());
      else if (v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v)) {
        errors.push(at());
        rows ??= grid.rows.slice();
        if (rows[r] === row) rows[r] = row.slice();
        rows[r][c] = null;
      }
    }
  });
  return { grid: rows ? { ...grid, rows } : grid, long, errors };
}
