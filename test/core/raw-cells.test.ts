import { describe, expect, it } from 'vitest';
import { normaliseSheet, serialToDate } from '../../templates/index.js';

const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('raw cells made into what the rules read (the core, for both adapters)', () => {
  it('reads a number as a date only where its cell is date-formatted, in the workbook’s date system', () => {
    const grid = { name: 's', rows: [[46349, 46349, 2026]], dateCells: [[0]] };
    expect(normaliseSheet(grid).rows[0].map(day)).toEqual(['2026-11-23', 46349, 2026]);
    expect(normaliseSheet(grid, true).rows[0].map(day)).toEqual(['2030-11-24', 46349, 2026]);
    expect(grid.rows[0][0]).toBe(46349); // the adapter's grid is left as handed over
    expect(day(serialToDate(46349))).toBe('2026-11-23');
  });

  it('spreads a merged area from its top-left value, rows it brings into being included, in sheet coordinates', () => {
    const grid = {
      name: 's',
      rows: [['a', null], ['x']],
      firstRow: 5,
      merges: [{ top: 4, left: 0, bottom: 7, right: 1 }],
    };
    expect(normaliseSheet(grid).rows).toEqual([
      ['a', 'a'],
      ['a', 'a'],
      ['a', 'a'],
      ['a', 'a'],
    ]);
    const blank = { name: 's', rows: [[null, 'b']], merges: [{ top: 0, left: 0, bottom: 2, right: 0 }] };
    expect(normaliseSheet(blank).rows).toEqual([[null, 'b']]);
  });

  it('keeps the hidden rows that hold a value as stored, and is idempotent', () => {
    const grid = {
      name: 's',
      rows: [['h'], [], ['v']],
      hiddenRows: [1, 2],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
    };
    const once = normaliseSheet(grid);
    expect(once.hiddenRows).toEqual([1]);
    expect(normaliseSheet(once)).toEqual(once);
  });
});
