/**
 * The pane writes only where it may: the validated sheet's annotation layer (fills, notes or comments on cells
 * with findings), its own derived columns (headed "psea › …") and dropdowns on enumerated columns, the cells
 * the user asked to fix, and its own sheets (Summary, Lists, the state sheet). Every write to the fake workbook
 * is recorded and checked. Workbook text it writes back (units in the Summary, sheet names in the state sheet)
 * never becomes a formula, even when it starts with "=" — it goes with Excel's quote prefix.
 */
import { describe, expect, it } from 'vitest';
import { analyseGrids, fixOne } from '../../addin/src/compute.js';
import { readWorkbook } from '../../addin/src/excel/read.js';
import { annotate, clearAnnotations } from '../../addin/src/excel/annotate.js';
import { applyDropdowns, dropdownTargets } from '../../addin/src/excel/dropdowns.js';
import { derivedWrites, enrich, summaryValues } from '../../addin/src/excel/enrich.js';
import { applyFixes } from '../../addin/src/excel/cells.js';
import { DERIVED_PREFIX, STATE_SHEET, SUMMARY_SHEET } from '../../addin/src/excel/names.js';
import { LISTS_SHEET } from '../../templates/core/blank.js';
import { HEADER } from '../helpers.js';
import { FakeWorkbook, fakeHost, parseCell, type FakeWrite } from './fake-excel.js';
import { plantedMatrix, rowOf } from './fixtures.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };
const SHEET = '=Matrix+1'; // a sheet name that is a formula if written as a value
const OWN = new Set([STATE_SHEET, SUMMARY_SHEET, LISTS_SHEET].map((s) => s.toLowerCase()));
const ENUM_COLUMNS = ['Management response', 'Status (Time 2)', 'Final status (Time 3)'].map((h) => HEADER.indexOf(h));
const UNIT = HEADER.indexOf('Responsible unit(s)');

/** The planted matrix with formula payloads as units and criteria. */
function hostileMatrix() {
  const rows = plantedMatrix();
  rows[rowOf(2) - 1][UNIT] = '=HYPERLINK("http://x","y")';
  rows[rowOf(4) - 1][UNIT] = '@SUM(1)';
  rows[rowOf(6) - 1][UNIT] = '+1+1';
  rows[rowOf(8) - 1][HEADER.indexOf('Comments (Time 2)')] = '-1-1';
  return rows;
}

async function session(apiMinor: number) {
  const wb = new FakeWorkbook({ [SHEET]: hostileMatrix(), Notes: [['my notes'], ['=SUM(1,2)']] });
  wb.apiMinor = apiMinor;
  const host = fakeHost(wb);
  const read = await readWorkbook(host);
  const result = analyseGrids('m.xlsx', read.grids, OPTIONS);
  expect(wb.writes).toEqual([]); // validating reads only
  await annotate(host, result.findings);
  const grid = read.grids.find((g) => g.name === SHEET)!;
  await applyDropdowns(host, dropdownTargets(result.analysis, 'en', { [SHEET]: 1 }, { [SHEET]: grid.rows.length }));
  await enrich(host, derivedWrites(result.analysis, read.grids), summaryValues(result.analysis, OPTIONS));
  const typo = result.findings.find((f) => f.rule === 'management-response.response-value')!;
  const fixes = fixOne(typo);
  await applyFixes(host, fixes);
  await annotate(host, result.findings); // again, over its own marks
  return { wb, result, fixes };
}

function disallowed(wb: FakeWorkbook, findingCells: Set<string>, fixCells: Set<string>): FakeWrite[] {
  const sheet = wb.sheet(SHEET)!;
  const derived = new Set(
    HEADER.map((_, i) => i)
      .concat(Array.from({ length: 20 }, (_, i) => HEADER.length + i))
      .filter((c) => String(sheet.cell(1, c)?.value ?? '').startsWith(DERIVED_PREFIX)),
  );
  expect(derived.size).toBeGreaterThan(0);
  for (const c of derived) expect(c).toBeGreaterThanOrEqual(HEADER.length); // right of the user's table
  return wb.writes.filter((w) => {
    if (OWN.has(w.sheet.toLowerCase())) return false;
    if (w.sheet !== SHEET || !w.cell) return true;
    const { row, col } = parseCell(w.cell);
    switch (w.op) {
      case 'value':
        return !(derived.has(col) || fixCells.has(w.cell));
      case 'fill':
        return !(findingCells.has(w.cell) || (derived.has(col) && row === 1));
      case 'bold':
        return !(derived.has(col) && row === 1);
      case 'note':
      case 'comment':
        return !findingCells.has(w.cell);
      case 'validation':
        return !(ENUM_COLUMNS.includes(col) && row >= 2);
      default:
        return true;
    }
  });
}

describe('where the pane writes', () => {
  for (const [minor, mode] of [
    [18, 'notes'],
    [10, 'comments'],
  ] as const) {
    const name = `validate, annotate (${mode}), dropdowns, enrich and a fix touch only the allowed cells and sheets`;
    it(name, async () => {
      const { wb, result, fixes } = await session(minor);
      const findingCells = new Set(result.findings.filter((f) => f.sheet === SHEET && f.cell).map((f) => f.cell!));
      const fixCells = new Set(fixes.map((f) => f.cell));
      expect(wb.writes.length).toBeGreaterThan(100);
      expect(wb.writes.some((w) => w.op === (minor === 18 ? 'note' : 'comment'))).toBe(true);
      expect(disallowed(wb, findingCells, fixCells)).toEqual([]);
      expect(wb.writes.filter((w) => w.sheet === 'Notes')).toEqual([]);
      expect(
        wb.writes
          .filter((w) => w.op === 'add-sheet')
          .map((w) => w.sheet)
          .sort(),
      ).toEqual([LISTS_SHEET, SUMMARY_SHEET, STATE_SHEET].sort());
      expect(wb.sheet(SHEET)!.value(`J${rowOf(3)}`)).toBe('Accept');
    });
  }

  it('clearing the annotations writes to nothing but the marked cells and the state sheet', async () => {
    const { wb, result } = await session(18);
    wb.writes = [];
    await clearAnnotations(fakeHost(wb));
    const findingCells = new Set(result.findings.filter((f) => f.sheet === SHEET && f.cell).map((f) => f.cell!));
    const stray = wb.writes.filter(
      (w) =>
        !(
          w.sheet === STATE_SHEET ||
          (w.sheet === SHEET && (w.op === 'fill' || w.op === 'note') && findingCells.has(w.cell!))
        ),
    );
    expect(stray).toEqual([]);
  });
});

describe('no formula from workbook text', () => {
  it('units, comments and sheet names written back stay text (quote prefix), on every sheet', async () => {
    const { wb } = await session(18);
    const formulas = wb.sheets.flatMap((s) =>
      [...s.cells.entries()].filter(([, c]) => c.formula).map(([k, c]) => `${s.name}!${k}=${c.value}`),
    );
    expect(formulas).toEqual([]); // the user's own "=SUM(1,2)" on Notes was set up, not written by the pane
    const summary = [...wb.sheet(SUMMARY_SHEET)!.cells.values()];
    const quoted = summary.filter((c) => c.quotePrefix).map((c) => c.value);
    expect(quoted).toEqual(expect.arrayContaining(['=HYPERLINK("http:', '@SUM(1)', '+1+1'])); // units split at "/"
    const state = wb.sheet(STATE_SHEET)!;
    expect(state.value('A2')).toBe(SHEET); // read back as the sheet's name, so clearing finds it
    expect(state.at('A2')!.quotePrefix).toBe(true);
  });
});
