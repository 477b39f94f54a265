/**
 * The hot loop: <sheetData> scanned byte by byte into a dense grid of plain values.
 * Row chunks can be fed one after another (scanRows returns where it stopped), so a caller
 * may inflate the sheet in pieces and never hold its whole XML.
 */
import type { CellValue } from '../../../templates/index.js';
import { collectText, decodeEntities } from './xml.js';
import { tooManyCells, tooManyRows, type ReadLimits } from '../limits.js';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  /** The solid fill colour of each cell style, if any. */
  fillStyles?: readonly (string | undefined)[];
  date1904: boolean;
}

/** Rows being filled: rows[r] is sheet row r + 1. */
export interface GridBuilder {
  rows: CellValue[][];
  /** 0-based index of the next row when a <row> has no r attribute. */
  nextRow: number;
  /** 0-based indexes of rows marked hidden="1", values or not (finish keeps those with values). */
  hiddenRows: number[];
  /** Cells stored so far, against limits.maxCells. */
  cells: number;
  /** Colour fills of empty cells and of column A, as SheetGrid.fills (recordFill says which). */
  fills?: Record<number, Record<number, string>>;
  /** Sheet name, for the limit messages. */
  sheet: string;
  limits: ReadLimits;
}

export function gridBuilder(sheet: string, limits: ReadLimits): GridBuilder {
  return { rows: [], nextRow: 0, hiddenRows: [], cells: 0, sheet, limits };
}

const LT = 60,
  GT = 62,
  SLASH = 47,
  SPACE = 32,
  QUOTE = 34,
  APOS = 39,
  EQ = 61;
const C = 99,
  R = 114,
  O = 111,
  W = 119,
  V = 118,
  F = 102,
  I = 105,
  S = 115,
  T = 116,
  N = 110;
const CELL_CLOSE = Buffer.from('</c>');
const V_CLOSE = Buffer.from('</v>');
const IS_OPEN = Buffer.from('<is>');
const IS_CLOSE = Buffer.from('</is>');
const MS_PER_DAY = 86_400_000;

/** exceljs's conversion, so both readers give the same instant: serial 25569 is 1970-01-01. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

function isNameEnd(byte: number): boolean {
  return byte === GT || byte === SLASH || byte <= SPACE;
}

/** Column (0-based) of a cell reference like "AB12" starting at p; -1 when absent. */
function refColumn(b: Buffer, p: number): number {
  let col = 0;
  for (let ch = b[p]; ch >= 65 && ch <= 90; ch = b[++p]) col = col * 26 + ch - 64;
  return col - 1;
}

function refRow(b: Buffer, p: number): number {
  while (b[p] >= 65 && b[p] <= 90) p++;
  let row = 0;
  for (let ch = b[p]; ch >= 48 && ch <= 57; ch = b[++p]) row = row * 10 + ch - 48;
  return row;
}

/**
 * Scans complete <row> elements in b[from, to). Returns the offset after the last complete row,
 * or -1 once </sheetData> is reached.
 */
export function scanRows(b: Buffer, from: number, to: number, ctx: SheetContext, grid: GridBuilder): number {
  let p = from;
  let consumed = from;
  let row: CellValue[] | undefined;
  let rowIndex = -1;
  let nextCol = 0;
  let open = false;
  // A row cut by the end of the chunk is scanned again from its start with the next chunk.
  const stop = (): number => {
    if (open) grid.nextRow = rowIndex;
    return consumed;
  };
  for (;;) {
    const lt = b.indexOf(LT, p);
    if (lt < 0 || lt >= to) return stop();
    const c1 = b[lt + 1];
    if (c1 === C && isNameEnd(b[lt + 2])) {
      // <c r="B7" s="3" t="s">…</c>
      const tagEnd = b.indexOf(GT, lt);
      if (tagEnd < 0 || tagEnd >= to) return stop();
      let col = -1,
        style = 0,
        type = 0;
      for (let q = lt + 2; q < tagEnd; q++) {
        const ch = b[q];
        if (ch !== EQ) continue;
        const name = b[q - 1];
        const quote = b[q + 1];
        const start = q + 2;
        let end = start;
        while (b[end] !== quote) end++;
        if (b[q - 2] <= SPACE && (quote === QUOTE || quote === APOS)) {
          if (name === R) col = refColumn(b, start);
          else if (name === S) {
            style = 0;
            for (let k = start; k < end; k++) style = style * 10 + b[k] - 48;
          } else if (name === T)
            type =
              b[start] === S
                ? b[start + 1] === T
                  ? 4
                  : 1
                : b[start] === I
                  ? 2
                  : b[start] === 98
                    ? 3
                    : b[start] === 101
                      ? 5
                      : b[start] === 100
                        ? 6
                        : 0;
        }
        q = end;
      }
      if (col < 0) col = nextCol;
      nextCol = col + 1;
      const fill = style ? ctx.fillStyles?.[style] : undefined;
      if (b[tagEnd - 1] === SLASH) {
        if (fill) recordFill(grid, rowIndex, col, fill, false);
        p = tagEnd + 1;
        continue;
      }
      const close = b.indexOf(CELL_CLOSE, tagEnd);
      if (close < 0 || close >= to) return stop();
      p = close + 4;
      const value = cellValue(b, tagEnd + 1, close, type, style, ctx);
      if (fill) recordFill(grid, rowIndex, col, fill, value !== undefined && value !== null);
      if (value === undefined) continue;
      if (!row) {
        // Limits apply to rows that hold values: empty styled rows cost nothing here.
        if (rowIndex >= grid.limits.maxRows) throw tooManyRows(grid.sheet, grid.limits);
        row = [];
        grid.rows[rowIndex] = row;
      }
      if (++grid.cells > grid.limits.maxCells) throw tooManyCells(grid.sheet, grid.limits);
      while (row.length < col) row.push(null);
      row[col] = value;
    } else if (c1 === R && b[lt + 2] === O && b[lt + 3] === W && isNameEnd(b[lt + 4])) {
      const tagEnd = b.indexOf(GT, lt);
      if (tagEnd < 0 || tagEnd >= to) return stop();
      rowIndex = grid.nextRow;
      let hidden = false;
      for (let q = lt + 4; q < tagEnd; q++) {
        if (b[q] !== EQ) continue;
        if (b[q - 1] === R && b[q - 2] <= SPACE) rowIndex = refRow(b, q + 2) - 1;
        // hidden="1" or hidden="true"
        else if (b[q - 1] === N && b[q - 6] === 104 /* h */ && b[q - 7] <= SPACE)
          hidden = b[q + 2] === 49 || b[q + 2] === T;
      }
      grid.nextRow = rowIndex + 1;
      // A row cut by a chunk end is scanned again: note it once.
      if (hidden && grid.hiddenRows[grid.hiddenRows.length - 1] !== rowIndex) grid.hiddenRows.push(rowIndex);
      row = undefined;
      nextCol = 0;
      p = tagEnd + 1;
      open = b[tagEnd - 1] !== SLASH;
      if (!open) consumed = p;
    } else if (c1 === SLASH && b[lt + 2] === R && b[lt + 3] === O && b[lt + 4] === W) {
      p = lt + 6;
      consumed = p;
      open = false;
    } else if (c1 === SLASH && b[lt + 2] === S && b[lt + 7] === 68 /* D */) {
      return -1; // </sheetData>
    } else {
      p = lt + 1;
    }
  }
}

/** White is the page, not a mark. */
const WHITE = new Set(['FFFFFFFF', 'FFFFFF']);

/**
 * Keeps a cell's fill colour when it can mark something: an empty cell (a Gantt period filled in colour), or column A
 * (whose fill tells a banded row from marked cells). Each one counts as a stored cell against the limits.
 */
export function recordFill(grid: GridBuilder, row: number, col: number, colour: string, hasValue: boolean): void {
  if ((hasValue && col !== 0) || WHITE.has(colour) || row < 0) return;
  const fills = ((grid.fills ??= {})[row] ??= {});
  // A row cut by a chunk end is scanned twice: count its fills once.
  if (fills[col] === undefined && ++grid.cells > grid.limits.maxCells) throw tooManyCells(grid.sheet, grid.limits);
  fills[col] = colour;
}

/**
 * The plain value of one cell's content b[from, to); undefined for a cell that holds nothing
 * (a formula without a cached result still counts as a present, empty cell, as in exceljs).
 * type: 0 number, 1 shared string, 2 inline string, 3 boolean, 4 formula string, 5 error, 6 ISO date.
 */
function cellValue(
  b: Buffer,
  from: number,
  to: number,
  type: number,
  style: number,
  ctx: SheetContext,
): CellValue | undefined {
  if (type === 2) {
    const is = b.indexOf(IS_OPEN, from);
    if (is < 0 || is >= to) return undefined;
    const end = b.indexOf(IS_CLOSE, is);
    // An empty inline string is no value (exceljs reads it so); an empty shared string is "".
    return collectText(b, is + 4, end < 0 || end > to ? to : end) || undefined;
  }
  let v = -1;
  let hasFormula = false;
  for (let p = b.indexOf(LT, from); p >= 0 && p < to; p = b.indexOf(LT, p + 1)) {
    const c1 = b[p + 1];
    if (c1 === V && b[p + 2] === GT) {
      v = p + 3;
      break;
    }
    if (c1 === F && isNameEnd(b[p + 2])) hasFormula = true;
  }
  if (v < 0) return hasFormula ? null : undefined;
  const vEnd = b.indexOf(V_CLOSE, v);
  const end = vEnd < 0 || vEnd > to ? to : vEnd;
  if (end === v) return hasFormula ? null : undefined; // <v></v> holds nothing
  switch (type) {
    case 1:
      return ctx.sharedStrings[parseInt(b.toString('latin1', v, end), 10)] ?? null;
    case 3:
      return parseInt(b.toString('latin1', v, end), 10) !== 0;
    case 4:
    case 5:
      return decodeEntities(b.toString('utf8', v, end));
    case 6: {
      const date = new Date(b.toString('latin1', v, end));
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      const n = parseFloat(b.toString('latin1', v, end));
      return style && ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}
