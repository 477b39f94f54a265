/**
 * What the pane reads besides values, so the core sees what the CLI's readers see: each sheet's used area and
 * merged areas (one round trip), its visibility, its hidden rows, its cells' solid fills. An Excel that lacks an API
 * says so in a note.
 */
import type { MergeRange, ReaderNote, SheetGrid } from '../../../templates/index.js';
import type { ExcelHost } from './host.js';
import type { UsedArea } from './read.js';
import { MARK_API, OWN_PROPERTY } from './own-sheets.js';

interface Used {
  areas: UsedArea[];
  merges: Map<string, MergeRange[]>;
  /** Sheets the pane made (their custom property says so): never read as input. */
  own: Set<string>;
  syncs: number;
}

/**
 * Round trip 2: each used range's extent (values only), and its merged areas (ExcelApi 1.13; Excel refuses the
 * request past 512 areas in a sheet). Without them the read goes on, one note per sheet saying merges are unread.
 */
export async function usedAreas(
  context: Excel.RequestContext,
  host: ExcelHost,
  sheets: readonly Excel.Worksheet[],
  notes: ReaderNote[],
): Promise<Used> {
  const attempt = async (withMerges: boolean) => {
    const used = sheets.map((s) => {
      const range = s.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = withMerges ? s.getRange().getMergedAreasOrNullObject() : undefined;
      merged?.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
      const mark = marks ? s.customProperties.getItemOrNullObject(OWN_PROPERTY).load('value') : undefined;
      return { name: s.name, range, merged, mark };
    });
    await context.sync();
    return used;
  };
  const marks = host.supports(MARK_API);
  let syncs = 1;
  let used;
  const mergesSeen = host.supports('1.13');
  try {
    used = await attempt(mergesSeen);
  } catch (error) {
    if (!mergesSeen) throw error;
    syncs++;
    used = await attempt(false);
  }
  const merges = new Map<string, MergeRange[]>();
  for (const u of used) {
    if (!u.merged) notes.push({ rule: 'read.merges-unseen', sheet: u.name, params: { sheet: u.name } });
    else if (!u.merged.isNullObject)
      merges.set(
        u.name,
        u.merged.areas.items.map((a) => ({
          top: a.rowIndex,
          left: a.columnIndex,
          bottom: a.rowIndex + a.rowCount - 1,
          right: a.columnIndex + a.columnCount - 1,
        })),
      );
  }
  const own = new Set(used.filter((u) => u.mark && !u.mark.isNullObject).map((u) => u.name));
  const areas = used
    .filter((u) => !u.range.isNullObject && !own.has(u.name))
    .map((u) => ({
      sheet: u.name,
      rowIndex: u.range.rowIndex,
      columnIndex: u.range.columnIndex,
      rowCount: u.range.rowCount,
      columnCount: u.range.columnCount,
    }));
  return { areas, merges, own, syncs };
}

export interface SheetExtras {
  /** 1-based hidden rows, filled block by block. */
  hiddenRows: number[];
  /** A block's fills, its first row at grid row `firstRow`. */
  addFills(firstRow: number, fills: Record<number, Record<number, string>>): void;
  /** What the sheet's grid carries besides its rows. */
  grid(dateCells: (number[] | undefined)[]): Partial<SheetGrid>;
}

const HIDDEN = { Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

export function sheetExtras(sheet: Excel.Worksheet, merges: MergeRange[] | undefined): SheetExtras {
  const hidden = HIDDEN[sheet.visibility as keyof typeof HIDDEN];
  const hiddenRows: number[] = [];
  const fills: Record<number, Record<number, string>> = {};
  return {
    hiddenRows,
    addFills: (firstRow, block) => {
      for (const [r, byColumn] of Object.entries(block)) fills[firstRow + Number(r)] = byColumn;
    },
    grid: (dateCells) => ({
      ...(merges?.length ? { merges } : {}),
      ...(hidden ? { hidden } : {}),
      ...(hiddenRows.length ? { hiddenRows } : {}),
      ...(dateCells.some((d) => d) ? { dateCells } : {}),
      ...(Object.keys(fills).length ? { fills } : {}),
    }),
  };
}

/** Cell fills are told by Range.getCellProperties. */
export const FILLS_API = '1.9';
export const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } } as const;

/**
 * Each cell's fill colour as Excel reports it, where its pattern is solid (as the CLI's readers keep a file's solid
 * fills; an unfilled cell reports pattern "None"): by block row, then sheet column. Which fills mark a period is the
 * core's call (templates/core/fills.ts).
 */
export function solidFills(
  cells: readonly (readonly Excel.CellProperties[])[],
  firstColumn: number,
): Record<number, Record<number, string>> {
  const out: Record<number, Record<number, string>> = {};
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const fill = cell.format?.fill;
      if (fill?.pattern === 'Solid' && fill.color) (out[r] ??= {})[firstColumn + c] = fill.color;
    }),
  );
  return out;
}
