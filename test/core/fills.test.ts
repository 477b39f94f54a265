/**
 * The core reads a fill the same whichever adapter handed it over: the CLI's readers give a file's ARGB ("FF70AD47")
 * for empty cells and column A only, the pane gives Excel's "#70AD47" for every solid cell. Same colour, same marks.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, analyseWorkbook, normaliseSheet, type CellValue, type SheetGrid } from '../../templates/index.js';
import { fillColour } from '../../templates/core/fills.js';

const HEADER = ['Activity', 'Responsible', 'Indicator', 'Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Status'];
const ROWS: CellValue[][] = [
  HEADER,
  ['Marked in green', 'UNFPA', 'Done', null, null, null, null, 'Not started'],
  // A dash says "not this period" even in a coloured cell; Q3 holds the x.
  ['Dash in a coloured cell', 'UNFPA', 'Done', '-', null, 'x', null, 'Not started'],
  ['White cells', 'UNFPA', 'Done', null, null, 'x', null, 'Not started'],
];

/** Fills by grid row: the pane's (every solid cell, as Excel spells them) and the CLI readers' (as the file does). */
const PANE: SheetGrid['fills'] = {
  0: Object.fromEntries(HEADER.map((_, c) => [c, '#D9E1F2'])),
  1: { 4: '#70AD47', 5: '#70AD47' },
  2: { 3: '#70AD47' },
  3: { 3: '#FFFFFF', 4: '#ffffff' },
};
const CLI: SheetGrid['fills'] = { 0: { 0: 'FFD9E1F2' }, 1: { 4: 'FF70AD47', 5: 'FF70AD47' } };

const timeframes = (fills: SheetGrid['fills']) => {
  const grid = { file: 'plan.xlsx', sheets: [{ name: 'Plan', rows: ROWS, fills }] };
  const [sheet] = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' }).sheets;
  return sheet.records.map((r) => [r.derived.start_date, r.derived.due_date]);
};

describe('fills in the core', () => {
  it('spells a colour one way', () => {
    for (const raw of ['#70ad47', '#70AD47', '70AD47', 'ff70ad47', 'FF70AD47'])
      expect(fillColour(raw)).toBe('FF70AD47');
    expect(fillColour('theme:4')).toBe('theme:4');
  });

  it('keeps the fills of empty cells and of column A only, in one spelling', () => {
    const grid = normaliseSheet({ name: 'Plan', rows: ROWS, fills: PANE });
    expect(grid.fills).toEqual({ ...CLI, 3: { 3: 'FFFFFFFF', 4: 'FFFFFFFF' } });
  });

  it('reads the pane’s fills as the CLI’s: a colour marks, a dash or white does not', () => {
    const expected = [
      ['2027-04-01', '2027-09-30'],
      ['2027-07-01', '2027-09-30'],
      ['2027-07-01', '2027-09-30'],
    ];
    expect(timeframes(CLI)).toEqual(expected);
    expect(timeframes(PANE)).toEqual(expected);
  });
});
