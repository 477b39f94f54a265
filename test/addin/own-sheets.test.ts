/**
 * The pane writes only into sheets it made (issue 11): a user's own sheet named "Lists" or "PSEA Summary" is left as
 * it is (Dropdowns once overwrote and hid the first, Enrich cleared the second), the pane makes its own under a free
 * name, finds it again by its mark (a custom property; the first row's mark in an Excel before ExcelApi 1.12), and
 * reads the user's sheet as input like any other.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../addin/src/excel/read.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { applyDropdowns, dropdownTargets } from '../../addin/src/excel/dropdowns.js';
import { derivedWrites, enrich, summaryValues } from '../../addin/src/excel/enrich.js';
import { insertTemplate } from '../../addin/src/excel/template.js';
import { KINDS } from '../../templates/index.js';
import { FakeWorkbook, fakeHost, type FakeSheet } from './fake-excel.js';
import { plantedMatrix } from './fixtures.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };
const USER_ROWS = [
  ['Country office', 'Focal point'],
  ['Dakar', 'A. Diallo'],
];
const look = (s: FakeSheet) => JSON.stringify({ cells: [...s.cells.entries()].sort(), visibility: s.visibility });

async function run(wb: FakeWorkbook, what: 'dropdowns' | 'enrich' | 'template') {
  const host = fakeHost(wb);
  const read = await readWorkbook(host);
  const { analysis } = analyseGrids('m.xlsx', read.grids, OPTIONS);
  if (what === 'dropdowns') await applyDropdowns(host, dropdownTargets(analysis, 'en', { Matrix: 1 }, { Matrix: 64 }));
  if (what === 'enrich') await enrich(host, derivedWrites(analysis, read.grids), summaryValues(analysis, OPTIONS));
  if (what === 'template') await insertTemplate(host, KINDS[0], 'en');
  return read;
}

describe.each([18, 11])('the pane’s own sheets, in an Excel at ExcelApi 1.%i', (minor) => {
  for (const [what, name, own] of [
    ['dropdowns', 'Lists', 'Lists (2)'],
    ['template', 'Lists', 'Lists (2)'],
    ['enrich', 'PSEA Summary', 'PSEA Summary (2)'],
  ] as const)
    it(`${what}: leaves the user's own "${name}" as it is, writes into "${own}", again on a second run`, async () => {
      const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
      wb.apiMinor = minor;
      const user = wb.addSheet(name, USER_ROWS);
      const before = look(user);
      const first = await run(wb, what);
      expect(look(user)).toBe(before);
      expect(first.grids.map((g) => g.name)).toContain(name); // the user's sheet is input like any other
      expect(wb.sheet(own)).toBeDefined();
      const names = wb.sheets.map((s) => s.name);
      if (what !== 'template') {
        const second = await run(wb, what);
        expect(wb.sheets.map((s) => s.name)).toEqual(names);
        expect(look(user)).toBe(before);
        expect(second.grids.map((g) => g.name)).not.toContain(own); // the pane's own sheet is no input
      }
      if (what !== 'enrich') {
        const sources = [...wb.sheets.flatMap((s) => [...s.validation.values()])].map((v) => v.source);
        expect(sources.length).toBeGreaterThan(0);
        expect(sources.every((s) => s.startsWith(`='${own}'!`))).toBe(true);
      }
    });
});
