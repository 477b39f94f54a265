/**
 * The pane's own Annotate fills are no Gantt marks. The fault: Annotate fills a finding's cell by its severity, and
 * "no timeframe" sits in the first period column, so the next Validate read the pane's yellow as a bar in Q1: the
 * warning vanished and the task got a timeframe nobody gave it. A user's own bar under a pane mark stays a mark.
 */
import { describe, expect, it } from 'vitest';
import { readRows, readWorkbook } from '../../addin/src/excel/read.js';
import { annotate } from '../../addin/src/excel/annotate.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { FakeWorkbook, fakeHost } from './fake-excel.js';
import { FILLS } from '../../addin/src/excel/names.js';

const HEADER = ['Activity', 'Responsible', 'Indicator', 'Q1 2027', 'Q2 2027', 'Q3 2027', 'Q4 2027', 'Status'];
const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

/** Task 1 with no period marked; task 2 marked in Q2–Q3 by a green fill. */
function plan(): FakeWorkbook {
  const wb = new FakeWorkbook({
    Plan: [
      HEADER,
      ['Task 1', 'UNFPA', 'Done', null, null, null, null, 'Not started'],
      ['Task 2', 'UNICEF', 'Done', null, null, null, null, 'Not started'],
    ],
  });
  for (const c of [4, 5]) wb.sheet('Plan')!.format(2, c).fill = '#70AD47';
  return wb;
}

async function validate(wb: FakeWorkbook) {
  const read = await readWorkbook(fakeHost(wb));
  return analyseGrids('plan.xlsx', read.grids, { ...OPTIONS, date1904: read.date1904, notes: read.notes });
}

const timeframes = (r: Awaited<ReturnType<typeof validate>>) =>
  r.analysis.sheets[0].records.map((rec) => [rec.derived.start_date, rec.derived.due_date]);
const missing = (r: Awaited<ReturnType<typeof validate>>) =>
  r.findings.filter((f) => f.rule === 'action-plan.timeframe-missing').map((f) => f.cell);

describe('Validate after Annotate', () => {
  it('reads the same timeframes and findings: the pane’s fills mark no period', async () => {
    const wb = plan();
    const first = await validate(wb);
    expect(missing(first)).toEqual(['D2']);
    await annotate(fakeHost(wb), first.findings);
    expect(wb.sheet('Plan')!.cell(1, 3)?.fill).toBe(FILLS.warning.toUpperCase());
    const again = await validate(wb);
    expect(timeframes(again)).toEqual(timeframes(first));
    expect(missing(again)).toEqual(['D2']);
  });

  it('a user’s bar the pane marked over still marks its period', async () => {
    const wb = plan();
    const first = await validate(wb);
    // A finding on a coloured period cell: the pane's fill covers the user's green.
    const onBar = { ...first.findings[0], cell: 'E3', row: 3, severity: 'error' as const, message: 'x' };
    await annotate(fakeHost(wb), [...first.findings, onBar]);
    expect(wb.sheet('Plan')!.cell(2, 4)?.fill).toBe(FILLS.error.toUpperCase());
    const again = await validate(wb);
    expect(timeframes(again)).toEqual(timeframes(first));
    expect(timeframes(again)[1]).toEqual(['2027-04-01', '2027-09-30']);
  });

  it('the live check’s read of a few rows leaves the pane’s fills out too', async () => {
    const wb = plan();
    await annotate(fakeHost(wb), (await validate(wb)).findings);
    const rows = await readRows(fakeHost(wb), 'Plan', 2, 3, HEADER.length);
    expect(rows.fills).toEqual({ 1: { 4: '#70AD47', 5: '#70AD47' } });
  });

  it('a fill the user set after the pane’s mark is the user’s', async () => {
    const wb = plan();
    const first = await validate(wb);
    await annotate(fakeHost(wb), first.findings);
    wb.sheet('Plan')!.format(1, 3).fill = '#4472C4';
    const again = await validate(wb);
    expect(missing(again)).toEqual([]);
    expect(timeframes(again)[0]).toEqual(['2027-01-01', '2027-03-31']);
  });
});
