/**
 * The pane reads cell fills (Range.getCellProperties, ExcelApi 1.9) in the round trip that reads the values, and
 * hands them to the core as Excel reports them: a Gantt period marked only by a colour gets its timeframe as if it
 * held an x. An Excel without 1.9 says once that colour-only periods cannot be read on it.
 */
import { describe, expect, it } from 'vitest';
import { readRows, readWorkbook } from '../../addin/src/excel/read.js';
import { analyseGrids, patchGrid } from '../../addin/src/compute.js';
import { FakeWorkbook, fakeHost } from './fake-excel.js';
import type { CellValue } from '../../templates/index.js';

const HEADER = ['Activity', 'Responsible', 'Indicator', 'Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Status'];
const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

/** Task 1 marked in Q2–Q3 (by x, or by colour only); task 2 a banded row (every cell grey) marked by an x in Q3. */
function plan(marks: 'x' | 'colour', apiMinor = 18, tasks = 2): FakeWorkbook {
  const rows: CellValue[][] = [HEADER];
  for (let t = 0; t < tasks; t++)
    rows.push([`Task ${t + 1}`, 'UNFPA', 'Done', null, null, t % 2 ? 'x' : null, null, 'Not started']);
  const wb = new FakeWorkbook({ Plan: rows });
  const sheet = wb.sheet('Plan')!;
  for (let t = 0; t < tasks; t += 2)
    for (const c of [4, 5]) {
      if (marks === 'x') sheet.set(t + 1, c, 'x');
      else sheet.format(t + 1, c).fill = '#70AD47';
    }
  for (let t = 1; t < tasks; t += 2) for (let c = 0; c < HEADER.length; c++) sheet.format(t + 1, c).fill = '#F2F2F2';
  wb.apiMinor = apiMinor;
  return wb;
}

async function paneRead(wb: FakeWorkbook) {
  const read = await readWorkbook(fakeHost(wb));
  const result = analyseGrids('plan.xlsx', read.grids, { ...OPTIONS, date1904: read.date1904, notes: read.notes });
  return { read, result, syncs: wb.syncs };
}

const timeframes = (r: Awaited<ReturnType<typeof paneRead>>) =>
  r.result.analysis.sheets[0].records.map((rec) => [rec.derived.start_date, rec.derived.due_date]);

describe('the pane reads fills', () => {
  it('a period filled in colour reads as one marked by an x; a banded row is no mark', async () => {
    const coloured = await paneRead(plan('colour'));
    expect(timeframes(coloured)).toEqual([
      ['2027-04-01', '2027-09-30'],
      ['2027-07-01', '2027-09-30'],
    ]);
    expect(timeframes(coloured)).toEqual(timeframes(await paneRead(plan('x'))));
    expect(coloured.result.findings.map((f) => f.rule)).not.toContain('action-plan.timeframe-missing');
  });

  it('hands the core the solid fills as Excel reports them, by grid row and sheet column', async () => {
    const { read } = await paneRead(plan('colour'));
    expect(read.grids[0].fills?.[1]).toEqual({ 4: '#70AD47', 5: '#70AD47' });
    expect(Object.keys(read.grids[0].fills?.[2] ?? {})).toHaveLength(HEADER.length);
    expect(read.notes.map((n) => n.rule)).not.toContain('read.fills-unseen');
  });

  it('leaves out fills whose pattern is not solid, as the CLI readers do', async () => {
    const wb = plan('colour');
    for (const c of [4, 5]) wb.sheet('Plan')!.format(1, c).fillPattern = 'Gray16';
    const { read, result } = await paneRead(wb);
    expect(read.grids[0].fills?.[1]).toBeUndefined();
    expect(result.findings.map((f) => `${f.rule} ${f.cell}`)).toContain('action-plan.timeframe-missing D2');
  });

  it('costs no round trip of its own, on a small sheet and on one read in several blocks', async () => {
    for (const tasks of [2, 6_000]) {
      const withFills = await paneRead(plan('colour', 18, tasks));
      const without = await paneRead(plan('x', 8, tasks));
      // The fill properties make each response larger, so a big sheet may take more (smaller) blocks; each block
      // is still one round trip with its values, never one per cell.
      const blocks = withFills.read.responseBytes.length;
      expect(withFills.syncs - blocks, `${tasks} tasks`).toBe(without.syncs - without.read.responseBytes.length);
      expect(Math.max(...withFills.read.responseBytes)).toBeLessThan(5 * 1024 * 1024);
      if (tasks === 2) expect(withFills.syncs).toBe(without.syncs);
      else expect(blocks).toBeLessThan(20);
    }
  });
});

describe('the live check', () => {
  it('re-reads the fills of the rows it re-reads: a colour taken away is no mark any more', async () => {
    const wb = plan('colour');
    const { read } = await paneRead(wb);
    const sheet = wb.sheet('Plan')!;
    for (const c of [4, 5]) delete sheet.format(1, c).fill;
    sheet.set(1, 6, 'x');
    const again = await readRows(fakeHost(wb), 'Plan', 2, 2, HEADER.length);
    const grids = [patchGrid(read.grids[0], 2, again.rows, again.dateCells, again.fills)];
    const { analysis } = analyseGrids('plan.xlsx', grids, OPTIONS);
    expect(analysis.sheets[0].records.map((r) => [r.derived.start_date, r.derived.due_date])).toEqual([
      ['2027-10-01', '2027-12-31'],
      ['2027-07-01', '2027-09-30'],
    ]);
  });
});

describe('an Excel without ExcelApi 1.9', () => {
  it('says once, in the user’s language, that colour-only periods cannot be read: never silently empty', async () => {
    const wb = plan('colour', 8);
    wb.addSheet('Plan 2', [HEADER, ['Task', 'UNFPA', 'Done', null, null, null, null, 'Not started']]);
    const { read } = await paneRead(wb);
    expect(read.notes.filter((n) => n.rule === 'read.fills-unseen')).toHaveLength(1);
    const messages = (['en', 'fr', 'es'] as const).map((lang) => {
      const { findings } = analyseGrids('plan.xlsx', read.grids, { ...OPTIONS, lang, notes: read.notes });
      const unseen = findings.filter((f) => f.rule === 'read.fills-unseen');
      expect(unseen, lang).toHaveLength(1);
      expect(unseen[0].severity).toBe('warning');
      return unseen[0].message;
    });
    expect(messages[0]).toMatch(/colour.*cannot be read on this Excel/);
    expect(messages[1]).toMatch(/couleur.*ne peut pas être lue dans cet Excel/);
    expect(messages[2]).toMatch(/color.*no puede leerse en este Excel/);
    for (const m of messages) expect(m).toContain('ExcelApi 1.9');
  });
});
