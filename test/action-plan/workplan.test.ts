/** The bundled workplan, built from the seed's timeline rows: dates in four shapes, read through the pipeline. */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../pipeline/read/index.js';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { actionPlanKind } from '../../templates/action-plan/kind.js';
import type { ActionPlanTables } from '../../templates/action-plan/tables.js';
import { only } from '../mapping/fixtures.js';

// The seed's timeline: 31 March, 6 April, 8→15 April, by 29 April, 6→13 May, end of May 2021.
const SEED_DUE = ['2021-03-31', '2021-04-06', '2021-04-15', '2021-04-29', '2021-05-13', '2021-05-31'];

describe('workplan example', () => {
  it('reads the seed dates whatever their shape, with no date error or ambiguity', async () => {
    const grid = await readInput('examples/action-plan/workplan.xlsx');
    const options = { lang: 'en' as const, asOf: '2021-05-01' };
    const analysis = analyseWorkbook(grid, KINDS, options);
    expect(analysis.sheets.map((s) => s.kind)).toEqual(['action-plan']);
    const sheet = analysis.sheets[0];
    expect(sheet.records.map((r) => r.derived.due_date)).toEqual(SEED_DUE);
    expect(sheet.records.map((r) => r.derived.start_date)).toEqual([
      '2021-03-31',
      '2021-04-06',
      '2021-04-08',
      '2021-04-16',
      '2021-05-06',
      null,
    ]);
    for (const rule of [
      'action-plan.date-invalid',
      'cell.date-ambiguous',
      'action-plan.due-before-start',
      'action-plan.org-unknown',
    ]) {
      expect(only(sheet.findings, rule)).toEqual([]);
    }
    // On 1 May 2021 the mapping (due 15 April, in progress) and the first draft (due 29 April) are late.
    const tables = actionPlanKind.consolidate(analysis.sheets, options).tables as ActionPlanTables;
    expect(tables.overdue.map((o) => [o.due, o.days_overdue])).toEqual([
      ['2021-04-15', 16],
      ['2021-04-29', 2],
    ]);
    expect(tables.by_status).toMatchObject({ Completed: 2, 'In progress': 1, 'Not started': 3 });
  });
});
