/**
 * What a sheet no template claimed came closest to: the template whose header it nearly has, the header rows tried,
 * and for each column the field it comes closest to naming, with how close (0–1). So the user sees what to rename.
 */
import type { SheetGrid } from '../types.js';
import type { SheetAnalysis, TemplateKind } from '../kind.js';
import { INSTRUCTIONS_SHEET, isOwnListsSheet } from '../blank.js';
import { isSettingsSheet } from '../settings-sheet.js';
import type { TemplateDef } from '../schema.js';
import { applyMerges } from '../merges.js';
import { cellText, columnLetter } from '../text.js';
import type { HeaderMatch } from './assign.js';
import { bestWindow, HeaderWindows, HEADER_SEARCH_ROWS, windowTexts } from './locate.js';
import { closestField } from './matcher.js';

export interface ClosestColumn {
  letter: string;
  header: string;
  field?: string;
  score?: number;
}

export interface ClosestTemplate {
  /** The template whose header comes closest, if any names a field. */
  def?: TemplateDef;
  /** 1-based sheet rows of the header tried: the closest template's, else the first row with text. */
  rows: number[];
  columns: ClosestColumn[];
}

export function closestTemplate(grid: SheetGrid, defs: readonly TemplateDef[]): ClosestTemplate | undefined {
  const rows = applyMerges({ ...grid, rows: grid.rows.slice(0, HEADER_SEARCH_ROWS + 2) });
  const firstRow = grid.firstRow ?? 1;
  const firstColumn = grid.firstColumn ?? 1;
  let best: { def: TemplateDef; header: HeaderMatch } | undefined;
  const windows = new HeaderWindows(rows);
  for (const def of defs) {
    const header = bestWindow(def, rows, 0, HEADER_SEARCH_ROWS, 1, windows);
    if (header && (!best || header.score > best.header.score)) best = { def, header };
  }
  const tried = best?.header.rows ?? [rows.findIndex((row) => row.some((v) => cellText(v)))];
  if (tried[0] < 0) return undefined;
  const texts = windowTexts(tried.map((r) => rows[r])).columns.filter((c) => c.header);
  const columns = texts.map((c): ClosestColumn => {
    const near = best && closestField(best.def, c);
    const column: ClosestColumn = { letter: columnLetter(c.index + firstColumn - 1), header: c.header };
    return near ? { ...column, field: near.field, score: near.score } : column;
  });
  return { ...(best ? { def: best.def } : {}), rows: tried.map((r) => r + firstRow), columns };
}

/** 'A "Budget line" –; D "Number of staff" → rec_no (50%)': each column and its closest field. */
export function closestColumnsText(columns: readonly ClosestColumn[]): string {
  return columns
    .map((c) => `${c.letter} "${c.header}" ${c.field ? `→ ${c.field} (${Math.round((c.score ?? 0) * 100)}%)` : '–'}`)
    .join('; ');
}

const INSTRUCTIONS = new Set<string>(Object.values(INSTRUCTIONS_SHEET));

export interface UnclaimedSheet {
  grid: SheetGrid;
  params: { sheet: string; rows: string; kind: string; columns: string };
}

/** Sheets with text that no template claimed, other than the Settings sheet and a blank template's own sheets. */
export function unclaimedSheets(
  sheets: readonly SheetGrid[],
  claimed: readonly SheetAnalysis[],
  kinds: readonly TemplateKind[],
): UnclaimedSheet[] {
  const taken = new Set(claimed.map((s) => s.table.sheet));
  const out: UnclaimedSheet[] = [];
  for (const grid of sheets) {
    if (taken.has(grid.name) || INSTRUCTIONS.has(grid.name) || isOwnListsSheet(grid.rows) || isSettingsSheet(grid.name))
      continue;
    const closest = closestTemplate(
      grid,
      kinds.map((k) => k.def),
    );
    if (!closest) continue;
    const rows = closest.rows.join('–');
    const columns = closestColumnsText(closest.columns);
    out.push({ grid, params: { sheet: grid.name, rows, kind: closest.def?.kind ?? '–', columns } });
  }
  return out;
}
