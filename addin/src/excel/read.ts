/**
 * Reads the workbook into SheetGrids: used ranges only, values only, in blocks of at most
 * 5,000 rows, several small blocks per round trip while the response stays well under 5 MB.
 */
import type { CellValue, SheetGrid } from '../../../templates/index.js';
import type { ExcelHost } from './host.js';
import { OWN_SHEETS } from './names.js';
import { columnLetter } from '../../../templates/index.js';

export const MAX_BLOCK_ROWS = 5000;
/** Excel on the web refuses a request or response over 5 MB. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** What one round trip may carry by our estimate: headroom for the estimate being low. */
export const SYNC_BUDGET_BYTES = 2 * 1024 * 1024;
/** Bytes per cell assumed before anything was measured (long recommendation texts). */
export const FIRST_GUESS_CELL_BYTES = 96;

export interface UsedArea {
  sheet: string;
  /** 0-based, as Office reports them. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface Block {
  sheet: string;
  /** 0-based sheet row of the first row of the block. */
  rowIndex: number;
  rowCount: number;
  columnIndex: number;
  columnCount: number;
}

export function blockAddress(b: Pick<Block, 'rowIndex' | 'rowCount' | 'columnIndex' | 'columnCount'>): string {
  const last = columnLetter(b.columnIndex + b.columnCount - 1);
  return `${columnLetter(b.columnIndex)}${b.rowIndex + 1}:${last}${b.rowIndex + b.rowCount}`;
}

/** Cuts used areas into blocks of at most `maxRows` rows and `budget` estimated bytes each. */
export function planBlocks(
  areas: readonly UsedArea[],
  cellBytes: number,
  budget = SYNC_BUDGET_BYTES,
  maxRows = MAX_BLOCK_ROWS,
): Block[] {
  const blocks: Block[] = [];
  for (const area of areas) {
    const rowsPerBlock = Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(1, area.columnCount * cellBytes))));
    for (let r = 0; r < area.rowCount; r += rowsPerBlock) {
      blocks.push({
        sheet: area.sheet,
        rowIndex: area.rowIndex + r,
        rowCount: Math.min(rowsPerBlock, area.rowCount - r),
        columnIndex: area.columnIndex,
        columnCount: area.columnCount,
      });
    }
  }
  return blocks;
}

/** Groups consecutive blocks into round trips whose estimated size fits the budget. */
export function groupBlocks(blocks: readonly Block[], cellBytes: number, budget = SYNC_BUDGET_BYTES): Block[][] {
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const block of blocks) {
    const bytes = block.rowCount * block.columnCount * cellBytes;
    if (current.length && size + bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += bytes;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Office reports an empty cell as ''; the core expects null. */
export function toCell(value: unknown): CellValue {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export interface ReadResult {
  grids: SheetGrid[];
  activeSheet: string;
  /** Round trips made, and the estimated bytes of every values response. */
  syncs: number;
  responseBytes: number[];
}

export interface ReadOptions {
  /** Only these sheets (default: every sheet but the pane's own). */
  sheets?: readonly string[];
}

/**
 * Round trip 1: sheet names and the active sheet. Round trip 2: each used range's extent.
 * Then the values, block by block; the first measured response tunes the block size.
 */
export async function readWorkbook(host: ExcelHost, options: ReadOptions = {}): Promise<ReadResult> {
  return host.run(async (context) => {
    let syncs = 0;
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    syncs++;
    const wanted = sheets.items.filter(
      (s) => !OWN_SHEETS.includes(s.name) && (!options.sheets || options.sheets.includes(s.name)),
    );
    const used = wanted.map((s) => ({
      name: s.name,
      range: s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    }));
    await context.sync();
    syncs++;
    const areas: UsedArea[] = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({
        sheet: u.name,
        rowIndex: u.range.rowIndex,
        columnIndex: u.range.columnIndex,
        rowCount: u.range.rowCount,
        columnCount: u.range.columnCount,
      }));
    const rows = new Map<string, CellValue[][]>(areas.map((a) => [a.sheet, []]));
    const responseBytes: number[] = [];
    let cellBytes = FIRST_GUESS_CELL_BYTES;
    let pending = planBlocks(areas, cellBytes);
    while (pending.length) {
      const [group] = groupBlocks(pending, cellBytes);
      pending = pending.slice(group.length);
      const loads = group.map((block) => ({
        block,
        range: context.workbook.worksheets.getItem(block.sheet).getRange(blockAddress(block)).load('values'),
      }));
      await context.sync();
      syncs++;
      let bytes = 0;
      let cells = 0;
      for (const { block, range } of loads) {
        bytes += JSON.stringify(range.values).length;
        cells += block.rowCount * block.columnCount;
        const target = rows.get(block.sheet)!;
        for (const row of range.values)
          target.push([...new Array<CellValue>(block.columnIndex).fill(null), ...row.map(toCell)]);
      }
      responseBytes.push(bytes);
      // Re-plan what is left with the measured size, never below a small floor.
      const measured = Math.max(8, Math.ceil(bytes / Math.max(1, cells)));
      if (measured !== cellBytes && pending.length) {
        cellBytes = measured;
        pending = replan(pending, cellBytes);
      }
    }
    const grids: SheetGrid[] = areas.map((a) => ({
      name: a.sheet,
      rows: rows.get(a.sheet)!,
      firstRow: a.rowIndex + 1,
    }));
    return { grids, activeSheet: active.name, syncs, responseBytes };
  });
}

/** Re-cuts the remaining blocks of each sheet as one area each. */
function replan(blocks: readonly Block[], cellBytes: number): Block[] {
  const areas: UsedArea[] = [];
  for (const b of blocks) {
    const last = areas[areas.length - 1];
    if (last && last.sheet === b.sheet && last.rowIndex + last.rowCount === b.rowIndex) last.rowCount += b.rowCount;
    else
      areas.push({
        sheet: b.sheet,
        rowIndex: b.rowIndex,
        columnIndex: b.columnIndex,
        rowCount: b.rowCount,
        columnCount: b.columnCount,
      });
  }
  return planBlocks(areas, cellBytes);
}

/** Reads rows [from, to] (1-based, inclusive) of one sheet over the given columns: the live check's small read. */
export async function readRows(
  host: ExcelHost,
  sheet: string,
  from: number,
  to: number,
  columnCount: number,
): Promise<CellValue[][]> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRange(
        blockAddress({
          rowIndex: from - 1,
          rowCount: to - from + 1,
          columnIndex: 0,
          columnCount: Math.max(1, columnCount),
        }),
      )
      .load('values');
    await context.sync();
    return range.values.map((row) => row.map(toCell));
  });
}
