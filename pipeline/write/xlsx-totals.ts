/**
 * The totals rows of a table sheet of consolidated.xlsx: which tables add up, and the SUBTOTAL of each count. A sheet
 * that holds several evaluations' rows gets one total row under each evaluation's rows and the table's own totals
 * row, as Excel's Data › Subtotal lays them out: SUBTOTAL skips the SUBTOTALs inside its range, so the last row adds
 * up the evaluations left visible by the filter, never an evaluation twice.
 */
import type { FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { SheetCell } from './xlsx/sheet.js';

/**
 * Rows that share items (a recommendation with two responsible units is counted in both unit rows; a partner with two
 * standards rated Absent in both), or that are no parts of a whole (a list of assessments, a set of totals).
 */
const OVERLAPPING_ROWS = /(^|[._])(by_unit|standards_not_met|assessments|expiring|totals)$/;

/** The column that names each row: the first, or the one after the evaluation of a table kept by evaluation. */
export const keyColumn = (table: Pick<FlatTable, 'groups'>): number => (table.groups ? 1 : 0);

/**
 * A totals row may only add up rows that are disjoint parts of one whole: not when a row is already the total
 * (acceptance's `total` row: 62 recommendations would read 124), nor when rows share items (status by unit).
 */
export function rowsAddUp(table: FlatTable): boolean {
  const key = keyColumn(table);
  return !OVERLAPPING_ROWS.test(table.name) && !table.rows.some((row) => String(row[key]).toLowerCase() === 'total');
}

/** The columns a totals row adds up: counts only, not rates, shares, row or recommendation numbers, days overdue. */
export function summedColumns(table: FlatTable, header: readonly string[]): boolean[] {
  const key = keyColumn(table);
  const adds = rowsAddUp(table) && !/(^|\.)implementation_rate/.test(table.name);
  return header.map((label, c) => {
    if (!adds || c <= key || /rate|share|row|days|(^|_)no$/i.test(label)) return false;
    return (
      table.rows.some((row) => typeof row[c] === 'number') &&
      table.rows.every((row) => typeof row[c] === 'number' || row[c] === null)
    );
  });
}

/**
 * Totals as in an Excel table's total row: SUBTOTAL(109, …) over sheet rows first to last sums only the rows the filter
 * leaves visible; `rows` are the table rows it covers (its cached result). Null where a column does not add up.
 */
export function subtotals(
  summed: readonly boolean[],
  rows: readonly (readonly unknown[])[],
  first: number,
  last: number,
): SheetCell[] {
  return summed.map((adds, c) => {
    if (!adds) return null;
    const sum = rows.reduce<number>((s, row) => s + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
    return { formula: `SUBTOTAL(109,${columnLetter(c)}${first}:${columnLetter(c)}${last})`, result: sum };
  });
}
