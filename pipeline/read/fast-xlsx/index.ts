/**
 * A dedicated xlsx reader for batch speed: values only, as exceljs would give them through
 * pipeline/read/xlsx.ts (the reference, and the fallback for zips this reader does not handle).
 * Large sheets are inflated in chunks and scanned row by row, so the sheet XML is never held whole.
 */
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import type { CellValue, MergeRange, SheetGrid, WorkbookGrid } from '../../../templates/index.js';
import { listEntries, inflateEntry, oversized, rawBytes, undecodable, type ZipEntry } from './zip.js';
import { workbookParts, type SheetPart } from './workbook.js';
import { gridBuilder, scanRows, type GridBuilder, type SheetContext } from './sheet.js';
import { parseMerge } from '../merge.js';
import { readLimits, Unreadable, type ReadLimits } from '../limits.js';

export { UnsupportedZip } from './zip.js';

/** Sheets above this size (uncompressed) are inflated as a stream of chunks. */
const WHOLE_SHEET_LIMIT = 8 << 20;
/** XML of one row carried from chunk to chunk; past this the "sheet" is no sheet (or hostile). */
const ROW_XML_LIMIT = 16 << 20;
const MERGE_CELL = /<(?:\w+:)?mergeCell\s[^>]*ref="([^"]+)"/g;

function merges(tail: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (let m = MERGE_CELL.exec(tail); m; m = MERGE_CELL.exec(tail)) out.push(parseMerge(m[1]));
  MERGE_CELL.lastIndex = 0;
  return out;
}

/** Like exceljs, every cell a merge covers reads as the merge's top-left value. */
function spreadMerges(rows: CellValue[][], ranges: readonly MergeRange[]): void {
  for (const m of ranges) {
    const origin = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      while (row.length < m.left) row.push(null);
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left || row[c] === undefined) row[c] = origin;
    }
  }
}

function finish(part: SheetPart, grid: GridBuilder, tail: string): SheetGrid {
  const rows = grid.rows;
  const ranges = merges(tail);
  // Hidden rows that hold values, before merges fill rows in (exceljs knows only stored cells).
  const hiddenRows = grid.hiddenRows.filter((r) => rows[r] !== undefined).map((r) => r + 1);
  spreadMerges(rows, ranges);
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  // A merged area's cells read its value: like exceljs, their fill is no longer an empty cell's.
  for (const [r, byColumn] of Object.entries(grid.fills ?? {}))
    for (const c of Object.keys(byColumn)) {
      const value = rows[Number(r)]?.[Number(c)];
      if (Number(c) !== 0 && value !== null && value !== undefined) delete byColumn[Number(c)];
      if (!Object.keys(byColumn).length) delete grid.fills![Number(r)];
    }
  const sheet: SheetGrid = { name: part.name, rows, merges: ranges };
  if (grid.fills) sheet.fills = grid.fills;
  if (part.hidden) sheet.hidden = part.hidden;
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  return sheet;
}

function readSheetWhole(
  buf: Buffer,
  entry: ZipEntry,
  part: SheetPart,
  ctx: SheetContext,
  limits: ReadLimits,
): SheetGrid {
  const xml = inflateEntry(buf, entry);
  const grid = gridBuilder(part.name, limits);
  scanRows(xml, 0, xml.length, ctx, grid);
  const tailAt = xml.lastIndexOf('</sheetData>');
  return finish(part, grid, tailAt < 0 ? '' : xml.toString('utf8', tailAt));
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

async function readSheetStreaming(
  buf: Buffer,
  entry: ZipEntry,
  part: SheetPart,
  ctx: SheetContext,
  limits: ReadLimits,
): Promise<SheetGrid> {
  const grid = gridBuilder(part.name, limits);
  let carry: Buffer = Buffer.alloc(0);
  let tail: Buffer[] | undefined;
  for await (const chunk of inflatedChunks(buf, entry)) {
    if (tail) {
      tail.push(chunk);
      continue;
    }
    const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const consumed = scanRows(b, 0, b.length, ctx, grid);
    if (consumed < 0) {
      tail = [b];
      continue;
    }
    carry = b.subarray(consumed);
    if (carry.length > ROW_XML_LIMIT) throw new Unreadable({ rule: 'read.row-too-long', params: { sheet: part.name } });
  }
  const rest = tail ? Buffer.concat(tail) : carry;
  const at = rest.lastIndexOf('</sheetData>');
  return finish(part, grid, at < 0 ? '' : rest.toString('utf8', at));
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
  const ctx: SheetContext = {
    sharedStrings: parts.sharedStrings,
    dateStyles: parts.dateStyles,
    fillStyles: parts.fillStyles,
    date1904: parts.date1904,
  };
  const sheets: SheetGrid[] = [];
  for (const part of parts.sheets) {
    const entry = entries.get(part.path) as ZipEntry;
    sheets.push(
      entry.size > WHOLE_SHEET_LIMIT
        ? await readSheetStreaming(buf, entry, part, ctx, limits)
        : readSheetWhole(buf, entry, part, ctx, limits),
    );
  }
  return { file, sheets };
}
