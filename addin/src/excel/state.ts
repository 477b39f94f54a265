/**
 * What the pane added to the workbook, kept in a very hidden sheet so "Clear annotations"
 * removes exactly that, even after the workbook was saved and reopened.
 */
import { STATE_MARKER, STATE_SHEET } from './names.js';
import { neutraliseRow } from '../../../templates/core/neutralise.js';

export type MarkKind = 'note' | 'comment' | '';

export interface AnnotationEntry {
  sheet: string;
  cell: string;
  /** Fill the pane set. */
  fill: string;
  /** Fill the cell had before; restored on clear if the cell still shows the pane's fill. */
  previousFill: string;
  mark: MarkKind;
  /** Comment id (comments only). */
  markId: string;
  /** Text of the note or comment the pane wrote. */
  text: string;
}

const COLUMNS = ['sheet', 'cell', 'fill', 'previousFill', 'mark', 'markId', 'text'] as const;

/** The entries under a header row that carries the sheet's mark right of its columns. */
export function entriesToRows(entries: readonly AnnotationEntry[]): string[][] {
  return [[...COLUMNS, STATE_MARKER], ...entries.map((e) => [...COLUMNS.map((c) => e[c]), ''])];
}

export function rowsToEntries(rows: readonly (readonly unknown[])[]): AnnotationEntry[] {
  return rows
    .slice(1)
    .filter((r) => r[0] && r[1])
    .map((r) => {
      const text = (i: number) => String(r[i] ?? '');
      return {
        sheet: text(0),
        cell: text(1),
        fill: text(2),
        previousFill: text(3),
        mark: text(4) as MarkKind,
        markId: text(5),
        text: text(6),
      };
    });
}

export interface StateHandle {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the read of the state sheet; call `entries` after the next sync. */
export function loadState(context: Excel.RequestContext): StateHandle {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load('values');
  return { sheet, used };
}

export function stateEntries(handle: StateHandle): AnnotationEntry[] {
  if (handle.sheet.isNullObject || handle.used.isNullObject) return [];
  return rowsToEntries(handle.used.values);
}

/** Queues the rewrite of the state sheet (created very hidden if missing). */
export function writeState(
  context: Excel.RequestContext,
  handle: StateHandle,
  entries: readonly AnnotationEntry[],
): void {
  const sheet = handle.sheet.isNullObject ? context.workbook.worksheets.add(STATE_SHEET) : handle.sheet;
  sheet.getRange().clear();
  const rows = entriesToRows(entries);
  // A sheet named "=x" must stay text: Excel reads the leading apostrophe as its quote prefix and gives back "=x".
  sheet.getRange(`A1:H${rows.length}`).values = rows.map(neutraliseRow);
  sheet.visibility = 'VeryHidden';
}
