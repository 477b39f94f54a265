/**
 * The hot loop: <sheetData> scanned byte by byte into a dense grid of plain values.
 * Row chunks can be fed one after another (scanRows returns where it stopped), so a caller
 * may inflate the sheet in pieces and never hold its whole XML. Every index moves forward and every
 * reference is checked against Excel's grid before anything is allocated for it.
 */
import type { CellValue } from '../../../templates/index.js';
import { columnLetter } from '../../../templates/core/text.js';
import { dict } from '../../../templates/core/dict.js';
import { collectText, decodeEntities, startsElement, textNames, type Names } from './xml.js';
import { booleanValue, isoCalendarDate, numberValue } from './cell-value.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, outsideGrid, tooManyCells, tooManyRows, Unreadable } from '../limits.js';
import type { WorkbookBudget } from './budget.js';

/** Element names of a worksheet under the prefix its root binds to SpreadsheetML. */
export interface SheetNames extends Names {
  c: Buffer;
  row: Buffer;
  v: Buffer;
  f: Buffer;
  is: Buffer;
  cClose: Buffer;
  vClose: Buffer;
  isClose: Buffer;
  rowClose: Buffer;
  sheetDataClose: Buffer;
}

export function sheetNames(prefix = ''): SheetNames {
  const close = (name: string) => Buffer.from(`</${prefix}${name}>`);
  return {
    ...textNames(prefix),
    c: Buffer.from('c'),
    row: Buffer.from('row'),
    v: Buffer.from('v'),
    f: Buffer.from('f'),
    is: Buffer.from('is'),
    cClose: close('c'),
    vClose: close('v'),
    isClose: close('is'),
    rowClose: close('row'),
    sheetDataClose: close('sheetData'),
  };
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  /** The solid fill colour of each cell style, if any. */
  fillStyles?: readonly (string | undefined)[];
  date1904: boolean;
  names: SheetNames;
}

/** Rows being filled: rows[r] is sheet row r + 1. */
export interface GridBuilder {
  rows: CellValue[][];
  /** 0-based index of the next row when a <row> has no r attribute. */
  nextRow: number;
  /** 0-based indexes of rows marked hidden="1", values or not (finish keeps those with values). */
  hiddenRows: number[];
  /** For rows[r], the columns of numbers in a date style: the core reads them as dates (SheetGrid.dateCells). */
  dateCells: number[][];
  /** Colour fills of empty cells and of column A, as SheetGrid.fills (recordFill says which). */
  fills?: Record<number, Record<number, string>>;
  /** Sheet name, for the messages. */
  sheet: string;
  /** Rows and cells read so far in the whole workbook, against the limits. */
  budget: WorkbookBudget;
  /** A1 addresses of cells pointing past the shared-string table (a damaged file), and their count. */
  missingStrings: string[];
  missingCount: number;
}

export function gridBuilder(sheet: string, budget: WorkbookBudget): GridBuilder {
  return { rows: [], nextRow: 0, hiddenRows: [], dateCells: [], sheet, budget, missingStrings: [], missingCount: 0 };
}

const LT = 60,
  GT = 62,
  SLASH = 47,
  SPACE = 32,
  QUOTE = 34,
  APOS = 39,
  EQ = 61;
const R = 114,
  S = 115,
  T = 116,
  I = 105,
  N = 110,
  H = 104;
/** t="…": 0 number, 1 shared string, 2 inline string, 3 boolean, 4 formula string, 5 error, 6 ISO date. */
function cellType(b: Buffer, start: number): number {
  const c = b[start];
  if (c === S) return b[start + 1] === T ? 4 : 1;
  if (c === I) return 2;
  if (c === 98 /* b */) return 3;
  if (c === 101 /* e */) return 5;
  if (c === 100 /* d */) return 6;
  return 0;
}

/** A reference like "AB12" in b[p, end): 0-based column (-1 without letters) and 1-based row (0 without digits). */
function reference(b: Buffer, p: number, end: number, sheet: string): { col: number; row: number } {
  let col = 0;
  let q = p;
  for (; q < end && b[q] >= 65 && b[q] <= 90; q++) if ((col = col * 26 + b[q] - 64) > EXCEL_COLUMNS) break;
  let row = 0;
  for (; q < end && b[q] >= 48 && b[q] <= 57; q++) if ((row = row * 10 + b[q] - 48) > EXCEL_ROWS) break;
  if (col > EXCEL_COLUMNS || row > EXCEL_ROWS) throw outsideGrid(sheet, b.toString('latin1', p, Math.min(end, p + 24)));
  return { col: col - 1, row };
}

/** b holds the bytes of `what` at p (a tag cut by the chunk's end does not match yet). */
function matches(b: Buffer, p: number, what: Buffer): boolean {
  return p + what.length <= b.length && b.compare(what, 0, what.length, p, p + what.length) === 0;
}

/** The r of a <row>: 1 to 1,048,576. */
function rowNumber(b: Buffer, start: number, end: number, sheet: string): number {
  let row = 0;
  let q = start;
  for (; q < end && b[q] >= 48 && b[q] <= 57 && row <= EXCEL_ROWS; q++) row = row * 10 + b[q] - 48;
  if (row < 1 || row > EXCEL_ROWS || q < end) {
    const written = b.toString('latin1', start, Math.min(end, start + 24));
    throw outsideGrid(sheet, `${written}:${written}`); // a row, as Excel writes a whole row: 5:5
  }
  return row;
}

/** XML that is not well-formed where a value is read: the tag, as written, says where. */
function malformed(sheet: string, b: Buffer, lt: number): Unreadable {
  const end = b.indexOf(GT, lt);
  const excerpt = b.toString('utf8', lt, Math.min(end < 0 ? b.length : end + 1, lt + 40));
  return new Unreadable({ rule: 'read.sheet-xml-malformed', params: { sheet, excerpt } });
}

/** Each attribute of the tag b[from, tagEnd): its one-letter name (0 for longer names) and value span. */
function eachAttribute(
  b: Buffer,
  from: number,
  tagEnd: number,
  onError: () => Unreadable,
  visit: (name: number, start: number, end: number, before: number) => void,
): void {
  for (let q = from; q < tagEnd; q++) {
    if (b[q] !== EQ) continue;
    const quote = b[q + 1];
    if (quote !== QUOTE && quote !== APOS) throw onError();
    const end = b.indexOf(quote, q + 2);
    if (end < 0 || end > tagEnd) throw onError();
    visit(b[q - 1], q + 2, end, b[q - 2]);
    q = end;
  }
}

/**
 * Scans complete <row> elements in b[from, to). Returns the offset after the last complete row,
 * or -1 once </sheetData> is reached.
 */
export function scanRows(b: Buffer, from: number, to: number, ctx: SheetContext, grid: GridBuilder): number {
  const names = ctx.names;
  const skip = names.prefix.length;
  let p = from;
  let consumed = from;
  let row: CellValue[] | undefined;
  let rowIndex = -1;
  let nextCol = 0;
  let open = false;
  // A row cut by the end of the chunk is scanned again from its start with the next chunk, and charged again.
  const budget = grid.budget;
  let charged = { rows: budget.rows, cells: budget.cells };
  const commit = (at: number) => {
    consumed = at;
    charged = { rows: budget.rows, cells: budget.cells };
  };
  const stop = (): number => {
    if (open) grid.nextRow = rowIndex;
    budget.rows = charged.rows;
    budget.cells = charged.cells;
    return consumed;
  };
  let at = from; // the tag being read, for a damaged one's message
  const damaged = () => malformed(grid.sheet, b, at);
  for (;;) {
    const lt = b.indexOf(LT, p);
    if (lt < 0 || lt >= to) return stop();
    at = lt;
    if (startsElement(b, lt, names.prefix, names.c)) {
      // <c r="B7" s="3" t="s">…</c>
      const tagEnd = b.indexOf(GT, lt);
      if (tagEnd < 0 || tagEnd >= to) return stop();
      let col = -1,
        style = 0,
        type = 0;
      eachAttribute(b, lt + 2 + skip, tagEnd, damaged, (name, start, end, before) => {
        if (before > SPACE) return; // a longer attribute name ending in r, s or t
        if (name === R) col = reference(b, start, end, grid.sheet).col;
        else if (name === S) {
          style = 0;
          for (let k = start; k < end && style < 1e9; k++) style = style * 10 + b[k] - 48;
        } else if (name === T) type = cellType(b, start);
      });
      if (col < 0) col = nextCol;
      if (col >= EXCEL_COLUMNS) throw outsideGrid(grid.sheet, `${columnLetter(col)}${rowIndex + 1}`);
      nextCol = col + 1;
      const fill = style ? ctx.fillStyles?.[style] : undefined;
      if (b[tagEnd - 1] === SLASH) {
        if (fill) recordFill(grid, rowIndex, col, fill, false);
        p = tagEnd + 1;
        continue;
      }
      const close = b.indexOf(names.cClose, tagEnd);
      if (close < 0 || close >= to) return stop();
      p = close + names.cClose.length;
      const value = cellValue(b, tagEnd + 1, close, type, style, ctx);
      if (fill) recordFill(grid, rowIndex, col, fill, value !== undefined && value !== null && value !== MISSING);
      if (value === undefined) continue;
      if (rowIndex < 0) throw damaged(); // a cell outside any row
      if (!row) {
        // Limits apply to rows that hold values: empty styled rows cost nothing here.
        if (++budget.rows > budget.limits.maxRows) throw tooManyRows(grid.sheet, budget.limits);
        row = [];
        grid.rows[rowIndex] = row;
        delete grid.dateCells[rowIndex]; // a row scanned again with the next chunk starts afresh
      }
      if (++budget.cells > budget.limits.maxCells) throw tooManyCells(grid.sheet, budget.limits);
      while (row.length < col) row.push(null);
      if (value === MISSING) {
        if (grid.missingCount++ < 10) grid.missingStrings.push(`${columnLetter(col)}${rowIndex + 1}`);
        row[col] = null;
      } else row[col] = value;
      if (type === 0 && typeof value === 'number' && style > 0 && ctx.dateStyles[style] === true)
        (grid.dateCells[rowIndex] ??= []).push(col);
    } else if (startsElement(b, lt, names.prefix, names.row)) {
      const tagEnd = b.indexOf(GT, lt);
      if (tagEnd < 0 || tagEnd >= to) return stop();
      rowIndex = grid.nextRow;
      let hidden = false;
      eachAttribute(b, lt + 4 + skip, tagEnd, damaged, (name, start, end, before) => {
        if (name === R && before <= SPACE) rowIndex = rowNumber(b, start, end, grid.sheet) - 1;
        // hidden="1" or hidden="true"
        else if (name === N && b[start - 8] === H && b[start - 9] <= SPACE) hidden = b[start] === 49 || b[start] === T;
      });
      if (rowIndex >= EXCEL_ROWS) throw outsideGrid(grid.sheet, `${rowIndex + 1}:${rowIndex + 1}`);
      grid.nextRow = rowIndex + 1;
      // A row cut by a chunk end is scanned again: note it once.
      if (hidden && grid.hiddenRows[grid.hiddenRows.length - 1] !== rowIndex) grid.hiddenRows.push(rowIndex);
      row = undefined;
      nextCol = 0;
      p = tagEnd + 1;
      open = b[tagEnd - 1] !== SLASH;
      if (!open) commit(p);
    } else if (matches(b, lt, names.rowClose)) {
      p = lt + names.rowClose.length;
      commit(p);
      open = false;
    } else if (matches(b, lt, names.sheetDataClose)) {
      return -1;
    } else {
      p = lt + 1;
    }
  }
}

/** White is the page, not a mark. */
const WHITE = new Set(['FFFFFFFF', 'FFFFFF']);

/**
 * Keeps a cell's fill colour when it can mark something: an empty cell (a Gantt period filled in colour), or column A
 * (whose fill tells a banded row from marked cells). Each one counts as a stored cell against the limits (a row cut
 * by a chunk end is charged again when scanned again, as its values are: scanRows resets the budget).
 */
export function recordFill(grid: GridBuilder, row: number, col: number, colour: string, hasValue: boolean): void {
  if ((hasValue && col !== 0) || WHITE.has(colour) || row < 0) return;
  const budget = grid.budget;
  if (++budget.cells > budget.limits.maxCells) throw tooManyCells(grid.sheet, budget.limits);
  ((grid.fills ??= dict())[row] ??= dict())[col] = colour;
}

/** A shared-string index past the end of the table. */
const MISSING = Symbol('missing shared string');

/**
 * The plain value of one cell's content b[from, to); undefined for a cell that holds nothing
 * (a formula without a cached result still counts as a present, empty cell, as in exceljs).
 */
function cellValue(
  b: Buffer,
  from: number,
  to: number,
  type: number,
  style: number,
  ctx: SheetContext,
): CellValue | typeof MISSING | undefined {
  const names = ctx.names;
  if (type === 2) {
    let at = b.indexOf(LT, from);
    while (at >= 0 && at < to && !startsElement(b, at, names.prefix, names.is)) at = b.indexOf(LT, at + 1);
    if (at < 0 || at >= to) return undefined;
    const end = b.indexOf(names.isClose, at);
    // An empty inline string is no value (exceljs reads it so); an empty shared string is "".
    return collectText(b, at + 1, end < 0 || end > to ? to : end, names) || undefined;
  }
  let v = -1;
  let hasFormula = false;
  for (let p = b.indexOf(LT, from); p >= 0 && p < to; p = b.indexOf(LT, p + 1)) {
    if (startsElement(b, p, names.prefix, names.v)) {
      v = b.indexOf(GT, p) + 1;
      break;
    }
    if (startsElement(b, p, names.prefix, names.f)) hasFormula = true;
  }
  if (v <= 0 || v > to) return hasFormula ? null : undefined;
  if (b[v - 2] === SLASH) return hasFormula ? null : undefined; // <v/>
  const vEnd = b.indexOf(names.vClose, v);
  const end = vEnd < 0 || vEnd > to ? to : vEnd;
  if (end === v) return hasFormula ? null : undefined; // <v></v> holds nothing
  switch (type) {
    case 1: {
      const index = parseInt(b.toString('latin1', v, end), 10);
      return index >= 0 && index < ctx.sharedStrings.length ? ctx.sharedStrings[index] : MISSING;
    }
    case 3:
      return booleanValue(b.toString('latin1', v, end));
    case 4:
    case 5:
      return decodeEntities(b.toString('utf8', v, end));
    case 6: {
      const text = decodeEntities(b.toString('utf8', v, end));
      return isoCalendarDate(text) ?? text;
    }
    default:
      return numberValue(b.toString('latin1', v, end));
  }
}
