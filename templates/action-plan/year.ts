/**
 * The year of a workplan's dates written without one ("31st of March", a Gantt's "Jan … Dec"): a year stated in the
 * sheet's title rows, else the year its timelines state, else the reference date's year. Said in an info finding.
 */
import type { ParsedTable } from '../core/table.js';
import { a1 } from '../core/text.js';

export type YearSource = 'title' | 'timeline' | 'as-of';

export interface SheetYear {
  year: number;
  source: YearSource;
  /** Where it was read: 1-based sheet row and A1 address (none for the reference date). */
  row?: number;
  cell?: string;
}

const YEAR = /\b(19\d\d|20\d\d)\b/;

/** `stated`: the years timeline cells write, each with its row and cell, in sheet order. */
export function sheetYear(
  table: ParsedTable,
  stated: readonly { row: number; cell: string; years: readonly number[] }[],
  asOf: string,
): SheetYear {
  for (const above of table.above) {
    for (let c = 0; c < above.texts.length; c++) {
      const m = YEAR.exec(above.texts[c]);
      if (m)
        return { year: Number(m[1]), source: 'title', row: above.row, cell: a1(table.firstColumn - 1 + c, above.row) };
    }
  }
  const first = stated.find((s) => s.years.length);
  if (first) return { year: first.years[0], source: 'timeline', row: first.row, cell: first.cell };
  return { year: Number(asOf.slice(0, 4)), source: 'as-of' };
}
