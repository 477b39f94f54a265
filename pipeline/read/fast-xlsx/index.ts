/**
 * A dedicated xlsx reader for batch speed: values only, as exceljs would give them through
 * pipeline/read/xlsx.ts (the reference, and the fallback for zips this reader does not handle).
 * Large sheets are inflated in chunks and scanned row by row, so the sheet XML is never held whole.
 */
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import type { CellValue, MergeRange, ReaderNote, SheetGrid, WorkbookGrid } from '../../../templates/index.js';
import { listEntries, inflateEntry, oversized, rawBytes, undecodable, type ZipEntry } from './zip.js';
import { workbookParts, type SheetPart } from './workbook.js';
import { gridBuilder, scanRows, sheetNames, type GridBuilder, type SheetContext } from './sheet.js';
import { head, MAIN_NS, prefixOf, tags } from './xml.js';
import { chargeMerges, workbookBudget, type WorkbookBudget } from './budget.js';
import { parseMerge } from '../merge.js';
import { readLimits, tooManyRows, Unreadable, type ReadLimits } from '../limits.js';

export { UnsupportedZip } from './zip.js';

/** Sheets above this size (uncompressed) are inflated as a stream of chunks. */
const WHOLE_SHEET_LIMIT = 8 << 20;
/** XML of one row carried from chunk to chunk; past this the "sheet" is no sheet (or hostile). */
const ROW_XML_LIMIT = 16 << 20;

/**
 * A row a merged area brings into being holds a value once the core spreads the merge (templates/core/raw-cells.ts):
 * it is charged to the workbook's row limit like any other, here, before the core is handed the grid.
 */
function chargeMergedRows(
  rows: CellValue[][],
  ranges: readonly MergeRange[],
  budget: WorkbookBudget,
  sheet: string,
): void {
  const brought = new Set<number>();
  for (const m of ranges) {
    const origin = rows[m.top]?.[m.left];
    if (origin === null || origin === undefined || origin === '') continue;
    for (let r = m.top; r <= m.bottom; r++)
      if (!rows[r] && !brought.has(r)) {
        brought.add(r);
        if (++budget.rows > budget.limits.maxRows) throw tooManyRows(sheet, budget.limits);
      }
  }
}

/** What follows </sheetData>: the merges, charged to the budget before they are spread. */
function merges(tail: string, prefix: string, part: SheetPart, budget: WorkbookBudget): MergeRange[] {
  const sheet = part.name;
  const out = tags(tail, 'mergeCell', prefix, part.path)
    .filter((m) => m.ref !== undefined)
    .map((m) => parseMerge(m.ref, sheet));
  chargeMerges(sheet, out, budget);
  return out;
}

/** The sheet's <dimension> (before <sheetData>) must lie inside Excel's grid, like every reference. */
function checkHead(before: string, prefix: string, part: SheetPart): void {
  for (const d of tags(before, 'dimension', prefix, part.path)) if (d.ref) parseMerge(d.ref, part.name);
}

/** XML that stops inside a row (or a cell) lost the rest of the sheet: the file is damaged. */
function checkComplete(rest: Buffer, part: SheetPart, grid: GridBuilder, rowOpen: Buffer): void {
  if (rest.indexOf(rowOpen) >= 0)
    throw new Unreadable({ rule: 'read.sheet-truncated', params: { sheet: part.name, row: grid.nextRow + 1 } });
}

function finish(part: SheetPart, grid: GridBuilder, ranges: MergeRange[], notes: ReaderNote[]): SheetGrid {
  const rows = grid.rows;
  // Hidden rows that hold values as stored (the core keeps only those; merges do not count).
  const hiddenRows = grid.hiddenRows.filter((r) => rows[r] !== undefined).map((r) => r + 1);
  chargeMergedRows(rows, ranges, grid.budget, part.name);
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  // A merged area's cells read its value (once the core spreads it): like exceljs, their fill is no empty cell's.
  const spreads = (r: number, c: number) =>
    ranges.some((m) => {
      if (r < m.top || r > m.bottom || c < m.left || c > m.right || (r === m.top && c === m.left)) return false;
      const origin = rows[m.top]?.[m.left];
      return origin !== null && origin !== undefined && origin !== '';
    });
  for (const [r, byColumn] of Object.entries(grid.fills ?? {}))
    for (const c of Object.keys(byColumn)) {
      if (Number(c) !== 0 && spreads(Number(r), Number(c))) delete byColumn[Number(c)];
      if (!Object.keys(byColumn).length) delete grid.fills![Number(r)];
    }
  const sheet: SheetGrid = { name: part.name, rows, merges: ranges };
  if (grid.dateCells.length) sheet.dateCells = grid.dateCells;
  if (grid.fills) sheet.fills = grid.fills;
  if (part.hidden) sheet.hidden = part.hidden;
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (grid.missingCount) {
    const more = grid.missingCount > grid.missingStrings.length ? ', …' : '';
    notes.push({
      rule: 'read.shared-string-missing',
      sheet: part.name,
      cell: grid.missingStrings[0],
      params: { count: grid.missingCount, cells: grid.missingStrings.join(', ') + more },
    });
  }
  return sheet;
}

interface Reading {
  ctx: SheetContext;
  budget: WorkbookBudget;
  notes: ReaderNote[];
}

function readSheetWhole(buf: Buffer, entry: ZipEntry, part: SheetPart, reading: Reading): SheetGrid {
  const xml = inflateEntry(buf, entry);
  const prefix = prefixOf(head(xml), MAIN_NS, part.path);
  const ctx = { ...reading.ctx, names: sheetNames(prefix) };
  const start = xml.indexOf(`<${prefix}sheetData`);
  checkHead(xml.toString('utf8', 0, start < 0 ? xml.length : start), prefix, part);
  const grid = gridBuilder(part.name, reading.budget);
  const from = start < 0 ? xml.length : start;
  const consumed = scanRows(xml, from, xml.length, ctx, grid);
  if (consumed >= 0) checkComplete(xml.subarray(consumed), part, grid, Buffer.from(`<${prefix}row`));
  const tailAt = xml.lastIndexOf(`</${prefix}sheetData>`);
  const tail = tailAt < 0 ? '' : xml.toString('utf8', tailAt);
  return finish(part, grid, merges(tail, prefix, part, reading.budget), reading.notes);
}

/** Inflated chunks of one part, stopped as soon as they exceed its declared size. */
async function* inflatedChunks(buf: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const raw = Readable.from([rawBytes(buf, entry)]);
  const source = entry.method === 0 ? raw : raw.pipe(createInflateRaw({ chunkSize: 1 << 20 }));
  let bytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > entry.size) throw oversized(entry);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof Unreadable ? error : undecodable(entry, error);
  } finally {
    source.destroy();
  }
}

async function readSheetStreaming(buf: Buffer, entry: ZipEntry, part: SheetPart, reading: Reading): Promise<SheetGrid> {
  const grid = gridBuilder(part.name, reading.budget);
  let ctx: SheetContext | undefined;
  let prefix = '';
  let carry: Buffer = Buffer.alloc(0);
  let tail: Buffer[] | undefined;
  for await (const chunk of inflatedChunks(buf, entry)) {
    if (tail) {
      tail.push(chunk);
      continue;
    }
    let b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    if (!ctx) {
      // The root element and <dimension> come first; <sheetData> within the first chunk of 1 MB.
      prefix = prefixOf(head(b), MAIN_NS, part.path);
      ctx = { ...reading.ctx, names: sheetNames(prefix) };
      const start = b.indexOf(`<${prefix}sheetData`);
      checkHead(b.toString('utf8', 0, start < 0 ? b.length : start), prefix, part);
      if (start > 0) b = b.subarray(start);
    }
    const consumed = scanRows(b, 0, b.length, ctx, grid);
    if (consumed < 0) {
      tail = [b];
      continue;
    }
    carry = b.subarray(consumed);
    if (carry.length > ROW_XML_LIMIT) throw new Unreadable({ rule: 'read.row-too-long', params: { sheet: part.name } });
  }
  if (!tail) checkComplete(carry, part, grid, Buffer.from(`<${prefix}row`));
  const rest = tail ? Buffer.concat(tail) : carry;
  const at = rest.lastIndexOf(`</${prefix}sheetData>`);
  const merged = merges(at < 0 ? '' : rest.toString('utf8', at), prefix, part, reading.budget);
  return finish(part, grid, merged, reading.notes);
}

/** `directory`: the zip's entries when the caller has read them already (to check sizes first). */
export async function readXlsxFast(
  buf: Buffer,
  file: string,
  limits: ReadLimits = readLimits(),
  directory?: readonly ZipEntry[],
): Promise<WorkbookGrid> {
  const entries = listEntries(buf, directory);
  const parts = workbookParts(buf, entries);
  const reading: Reading = {
    ctx: {
      sharedStrings: parts.sharedStrings,
      dateStyles: parts.dateStyles,
      fillStyles: parts.fillStyles,
      date1904: parts.date1904,
      names: sheetNames(),
    },
    budget: workbookBudget(limits),
    notes: parts.notes,
  };
  const sheets: SheetGrid[] = [];
  for (const part of parts.sheets) {
    const entry = entries.get(part.path) as ZipEntry;
    sheets.push(
      entry.size > WHOLE_SHEET_LIMIT
        ? await readSheetStreaming(buf, entry, part, reading)
        : readSheetWhole(buf, entry, part, reading),
    );
  }
  return {
    file,
    sheets,
    ...(parts.date1904 ? { date1904: true } : {}),
    ...(reading.notes.length ? { notes: reading.notes } : {}),
  };
}
