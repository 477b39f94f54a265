/** The totals row under a table sheet of consolidated.xlsx: which tables add up, and the SUBTOTAL of each count. */
import type { FlatTable } from '../../templates/core/tabulate.js';
import { columnLetter } from '../../templates/core/text.js';
import type { SheetCell } from './xlsx/sheet.js';

/**
 * Rows that share items (a recommendation with two responsible units is counted in both unit rows; a partner with two
 * standards rated Absent in both), or that are no parts of a whole (a list of assessments, a set of totals).
 */
const OVERLAPPING_ROWS = /(^|[._])(by_unit|standards_not_met|assessments|expiring|totals)$/;

/**
 * A totals row may only add up rows that are disjoint parts of one whole: not when a row is already the total
 * (acceptance's `total` row: 62 recommendations would read 124), nor when rows share items (status by unit).
 */
export function rowsAddUp(table: FlatTable): boolean {
  return !OVERLAPPING_ROWS.test(table.name) && !table.rows.some((row) => String(row[0]).toLowerCase() === 'total');
}

/** Totals as in an Excel table's total row: SUBTOTAL(109, …) sums only the rows left visible by the filter. */
export function totalsOf(table: FlatTable, header: readonly string[]): SheetCell[] {
  const last = table.rows.length + 1;
  return header.map((label, c) => {
    if (c === 0) return 'Total';
    if (!rowsAddUp(table)) return null;
    const numeric =
      table.rows.some((row) => typeof row[c] === 'number') &&
      table.rows.every((row) => typeof row[c] === 'number' || row[c] === null);
    // Only counts add up: not rates, shares, row or recommendation numbers, or days overdue.
    if (!numeric || /rate|share|row|days|(^|_)no$/i.test(label) || /(^|\.)implementation_rate/.test(table.name))
      return null;
    const sum = table.rows.reduce((s, row) => s + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
    return { formula: `SUBTOTAL(109,${columnLetter(c)}2:${columnLetter(c)}${last})`, result: sum };
  });
}
