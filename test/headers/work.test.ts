/**
 * Matching stays fast, counted rather than timed: finding the header of a 100,000-row sheet looks at the first rows
 * only (the same header look-ups as for a 100-row sheet, a tiny share of the cells reading the sheet touches), and
 * reading the rows below looks headers up once per row at most, scoring each distinct text once.
 */
import { describe, expect, it } from 'vitest';
import { locateHeader } from '../../templates/core/header.js';
import { parseTable } from '../../templates/core/table.js';
import { headerWork } from '../../templates/core/headers/matcher.js';
import { MATRIX } from '../../templates/management-response/fields.js';
import type { CellValue, SheetGrid } from '../../templates/index.js';
import { HEADER, matrixRow } from '../helpers.js';

function sheet(records: number, title: string): SheetGrid {
  const rows: CellValue[][] = [[title], [], HEADER];
  for (let i = 1; i <= records; i++)
    rows.push(matrixRow({ 'Rec #': i, Recommendation: `Recommendation ${i} ${title}`, 'Key actions': `Act ${i}` }));
  return { name: 'M', rows };
}

/** The header look-ups and scorings `run` makes. */
function counted(run: () => void) {
  const before = headerWork();
  run();
  const after = headerWork();
  return { lookups: after.lookups - before.lookups, scorings: after.scorings - before.scorings };
}

describe('header detection, counted', () => {
  it('costs the same for 100 and 100,000 rows, and far less than reading the sheet', () => {
    const small = sheet(100, 'small');
    const large = sheet(100_000, 'large');
    const detectSmall = counted(() => expect(locateHeader(small, MATRIX)?.rows).toEqual([2]));
    const detectLarge = counted(() => expect(locateHeader(large, MATRIX)?.rows).toEqual([2]));
    expect(detectLarge.lookups).toBe(detectSmall.lookups);
    const cells = large.rows.reduce((n, r) => n + r.length, 0);
    expect(detectLarge.lookups * 1000).toBeLessThan(cells);

    const header = locateHeader(large, MATRIX)!;
    const read = counted(() => expect(parseTable(large, MATRIX, 'f.xlsx', header)?.records).toHaveLength(100_000));
    // One look-up per row at most (the key column's cell, to tell a repeated header), each text scored once.
    expect(read.lookups).toBeLessThanOrEqual(100_000);
    expect(read.scorings).toBeLessThanOrEqual(1);
    console.log(
      `header of a 100,000-row sheet: ${detectLarge.lookups} look-ups (${detectSmall.lookups} for 100 rows); ` +
        `reading it: ${cells} cells, ${read.lookups} look-ups, ${read.scorings} scorings`,
    );
  });
});
