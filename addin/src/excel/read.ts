/**
 * Reads the workbook into SheetGrids of raw cells, as the CLI's readers do: values as stored, each cell's number
 * format and solid fill, merged areas, hidden rows and sheets, the date system; the core decides what they mean.
 * Used ranges only, in blocks of at most 5,000 rows, several small blocks per round trip while the response stays
 * well under 5 MB.
 */
import type { CellValue, ReaderNote, SheetGrid } from '../../../templates/index.js';
import type { ExcelHost } from './host.js';
import { STATE_SHEET } from './names.js';
import { isOwnSheet } from './own-sheets.js';
import { loadState, stateEntries } from './state.js';
import { withoutOwnFills } from './own-fills.js';
import { columnLetter, isDateFormat } from '../../../templates/index.js';
import { FILL_PROPERTIES, FILLS_API, solidFills, sheetExtras, usedAreas, type SheetExtras } from './read-extras.js';

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
  /** The workbook counts serials from 1904-01-01. */
  date1904: boolean;
  /** What this Excel could not tell (an API it lacks): the core makes each a finding. */
  notes: ReaderNote[];
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
    const notes: ReaderNote[] = [];
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    // DATE(1904,1,1) is serial 0 in the 1904 date system, 1462 in the 1900 one.
    const epoch = host.supports('1.2') ? context.workbook.functions.date(1904, 1, 1).load('value') : undefined;
    // The pane's own Annotate marks, to tell its fills from the user's (own-fills.ts): same round trip.
    const state = loadState(context);
    await context.sync();
    syncs++;
    if (!epoch) notes.push({ rule: 'read.date-system-unseen', params: {} });
    const date1904 = epoch?.value === 0;
    // The pane's own sheets are told by their mark: the custom property before reading (read-extras), or in an
    // Excel without one, the first row's mark once read. Only the very hidden state sheet goes by its name.
    const wanted = sheets.items.filter(
      (s) => s.name !== STATE_SHEET && (!options.sheets || options.sheets.includes(s.name)),
    );
    const used = await usedAreas(context, host, wanted, notes);
    syncs += used.syncs;
    const areas = used.areas;
    const extras = new Map<string, SheetExtras>(wanted.map((s) => [s.name, sheetExtras(s, used.merges.get(s.name))]));
    const rows = new Map<string, CellValue[][]>(areas.map((a) => [a.sheet, []]));
    const dateCells = new Map<string, (number[] | undefined)[]>(areas.map((a) => [a.sheet, []]));
    const seesHidden = host.supports('1.3');
    if (!seesHidden) notes.push({ rule: 'read.hidden-rows-unseen', params: {} });
    const seesFills = host.supports(FILLS_API);
    if (!seesFills) notes.push({ rule: 'read.fills-unseen', params: {} });
    const responseBytes: number[] = [];
    let cellBytes = FIRST_GUESS_CELL_BYTES;
    let pending = planBlocks(areas, cellBytes);
    while (pending.length) {
      const [group] = groupBlocks(pending, cellBytes);
      pending = pending.slice(group.length);
      const loads = group.map((block) => {
        const sheet = context.workbook.worksheets.getItem(block.sheet);
        const firstColumn = { ...block, columnCount: 1 };
        return {
          block,
          range: sheet.getRange(blockAddress(block)).load('values,numberFormat'),
          // One column's visible cells name the rows nobody hid: a few bytes a row.
          visible: seesHidden ? sheet.getRange(blockAddress(firstColumn)).getVisibleView().load('cellAddresses') : null,
          // Fills ride in the same round trip as the values: one request per block, never one per cell.
          cells: seesFills ? sheet.getRange(blockAddress(block)).getCellProperties(FILL_PROPERTIES) : null,
        };
      });
      await context.sync();
      syncs++;
      let bytes = 0;
      let cells = 0;
      for (const { block, range, visible, cells: properties } of loads) {
        bytes += JSON.stringify(range.values).length + JSON.stringify(range.numberFormat).length;
        cells += block.rowCount * block.columnCount;
        const target = rows.get(block.sheet)!;
        const dates = dateCells.get(block.sheet)!;
        if (properties) {
          bytes += JSON.stringify(properties.value).length;
          extras.get(block.sheet)!.addFills(target.length, solidFills(properties.value, block.columnIndex));
        }
        range.values.forEach((row, r) => {
          dates[target.length] = datedColumns(row, range.numberFormat[r], block.columnIndex);
          target.push([...new Array<CellValue>(block.columnIndex).fill(null), ...row.map(toCell)]);
        });
        if (visible) {
          bytes += JSON.stringify(visible.cellAddresses).length;
          extras.get(block.sheet)!.hiddenRows.push(...hiddenOf(block, visible.cellAddresses));
        }
      }
      responseBytes.push(bytes);
      // Re-plan what is left with the measured size, never below a small floor.
      const measured = Math.max(8, Math.ceil(bytes / Math.max(1, cells)));
      if (measured !== cellBytes && pending.length) {
        cellBytes = measured;
        pending = replan(pending, cellBytes);
      }
    }
    const marks = stateEntries(state);
    const grids: SheetGrid[] = areas
      .filter((a) => !isOwnSheet(rows.get(a.sheet)![0]))
      .map((a) =>
        withoutOwnFills(
          {
            name: a.sheet,
            rows: rows.get(a.sheet)!,
            firstRow: a.rowIndex + 1,
            ...extras.get(a.sheet)!.grid(dateCells.get(a.sheet)!),
          },
          marks,
        ),
      );
    return { grids, activeSheet: active.name, date1904, notes, syncs, responseBytes };
  });
}

/** The columns (in the padded grid row) of numbers shown as dates: what the core will read as date serials. */
function datedColumns(row: readonly unknown[], formats: readonly unknown[] | undefined, offset: number) {
  let out: number[] | undefined;
  row.forEach((v, c) => {
    const format = formats?.[c];
    if (typeof v === 'number' && typeof format === 'string' && isDateFormat(format)) (out ??= []).push(offset + c);
  });
  return out;
}

/** 1-based rows of a block that its visible view leaves out. */
function hiddenOf(block: Block, addresses: readonly (readonly unknown[])[]): number[] {
  const visible = new Set(addresses.map((row) => Number(/\d+$/.exec(String(row[0] ?? ''))?.[0])));
  const hidden: number[] = [];
  for (let r = block.rowIndex + 1; r <= block.rowIndex + block.rowCount; r++) if (!visible.has(r)) hidden.push(r);
  return hidden;
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

/** A few rows' fills with the pane's own marks taken out, as readWorkbook takes them out of whole sheets. */
function userFills(
  sheet: string,
  firstRow: number,
  fills: Record<number, Record<number, string>>,
  marks: ReturnType<typeof stateEntries>,
): Record<number, Record<number, string>> {
  return withoutOwnFills({ name: sheet, rows: [], firstRow, fills }, marks).fills ?? {};
}

/** Reads rows [from, to] (1-based, inclusive) of one sheet over the given columns: the live check's small read. */
export async function readRows(
  host: ExcelHost,
  sheet: string,
  from: number,
  to: number,
  columnCount: number,
): Promise<{
  rows: CellValue[][];
  dateCells: (number[] | undefined)[];
  fills?: Record<number, Record<number, string>>;
}> {
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
      .load('values,numberFormat');
    const cells = host.supports(FILLS_API) ? range.getCellProperties(FILL_PROPERTIES) : null;
    const state = cells ? loadState(context) : undefined;
    await context.sync();
    const fills = cells && state ? userFills(sheet, from, solidFills(cells.value, 0), stateEntries(state)) : undefined;
    return {
      rows: range.values.map((row) => row.map(toCell)),
      dateCells: range.values.map((row, r) => datedColumns(row, range.numberFormat[r], 0)),
      ...(cells ? { fills: fills ?? {} } : {}),
    };
  });
}
