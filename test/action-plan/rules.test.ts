import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../templates/index.js';
import { actionPlanKind } from '../../templates/action-plan/kind.js';
import type { ActionPlanTables } from '../../templates/action-plan/tables.js';
import { analyseFile, findingsOf, only, sheet, OPTIONS } from '../mapping/fixtures.js';
import { PLAN_HEADER, task } from './fixtures.js';

const HEADER = PLAN_HEADER;

const plan = (...rows: CellValue[][]) => [sheet([HEADER, ...rows], 'Workplan')];
const one = (overrides: Parameters<typeof task>[0]) => findingsOf(plan(task(overrides)));

describe('action-plan rules, each both ways', () => {
  it('a clean task has no finding', () => {
    expect(one({})).toEqual([]);
  });

  it('responsible organisations are known, split on , ; / and', () => {
    expect(one({ 'Responsible Org.': 'UNFPA, IOM / OHCHR and UNICEF; PSEA Task Team' })).toEqual([]);
    const typo = only(one({ 'Responsible Org.': 'UNFAP; IOM' }), 'action-plan.org-unknown');
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({ severity: 'warning', cell: 'C2', value: 'UNFAP', suggestion: 'UNFPA' });
    const named = one({ 'Responsible Org.': 'World Food Programme' });
    expect(only(named, 'cell.value-normalised')[0].suggestion).toBe('WFP');
    // Another case, or the French acronym, is the agency itself (issue 18).
    expect(only(one({ 'Responsible Org.': 'Unicef; PAM' }), 'cell.value-normalised')).toEqual([]);
    expect(
      only(one({ 'Responsible Org.': 'Ministry of Planning' }), 'action-plan.org-unknown')[0].suggestion,
    ).toBeUndefined();
  });

  it('due is not before start', () => {
    expect(only(one({ Start: '2027-03-01', Due: '2027-02-15' }), 'action-plan.due-before-start')[0]).toMatchObject({
      severity: 'error',
      cell: 'E2',
    });
    expect(only(one({ Start: '2027-02-15', Due: '2027-02-15' }), 'action-plan.due-before-start')).toEqual([]);
  });

  it('overdue: due before the reference date and neither Completed nor Cancelled', () => {
    const late = only(one({ Start: null, Due: '2026-11-01', Status: 'In progress' }), 'action-plan.overdue');
    expect(late[0]).toMatchObject({ severity: 'warning', cell: 'E2', params: { days: 22, due: '2026-11-01' } });
    expect(only(one({ Start: null, Due: '2026-11-01', Status: 'Completed' }), 'action-plan.overdue')).toEqual([]);
    expect(only(one({ Start: null, Due: '2026-11-01', Status: 'Cancelled' }), 'action-plan.overdue')).toEqual([]);
    expect(only(one({ Start: null, Due: '2026-11-23', Status: 'Delayed' }), 'action-plan.overdue')).toEqual([]);
    const asOfLater = findingsOf(plan(task({ Due: '2027-02-15' })), 'a.xlsx', { ...OPTIONS, asOf: '2027-03-01' });
    expect(only(asOfLater, 'action-plan.overdue')[0].params.days).toBe(14);
  });

  it('dates are read as Excel serials, ISO strings, dd/mm/yyyy, Dates and as written; other text is an error', () => {
    for (const due of [46433, '2027-02-15', '15/02/2027', new Date(Date.UTC(2027, 1, 15)), '15th of February 2027']) {
      const findings = one({ Start: '10/01/2027', Due: due });
      expect(only(findings, 'action-plan.date-invalid')).toEqual([]);
      expect(only(findings, 'action-plan.due-before-start')).toEqual([]);
    }
    expect(only(one({ Due: 'End May 2021' }), 'action-plan.date-invalid')).toEqual([]);
    expect(only(one({ Due: 'when the budget comes' }), 'action-plan.date-invalid')[0]).toMatchObject({
      severity: 'error',
      value: 'when the budget comes',
    });
  });

  it('an ambiguous date is flagged unless another date of the sheet settles the order', () => {
    const alone = only(one({ Start: '03/04/2027', Due: '2027-05-01' }), 'cell.date-ambiguous');
    expect(alone[0]).toMatchObject({
      severity: 'warning',
      field: 'start',
      params: { dmy: '2027-04-03', mdy: '2027-03-04' },
    });
    const settled = findingsOf(
      plan(task({ Start: '03/04/2027', Due: '2027-05-01' }), task({ Start: '20/04/2027', Due: '2027-05-01' })),
    );
    expect(only(settled, 'cell.date-ambiguous')).toEqual([]);
  });

  it('status and area are allowed values', () => {
    expect(only(one({ Status: 'Sort of' }), 'action-plan.status-value')[0].severity).toBe('error');
    expect(only(one({ Status: 'ongoing' }), 'cell.value-normalised')[0].suggestion).toBe('In progress');
    expect(only(one({ Area: 'Logistics' }), 'action-plan.area-value')[0].severity).toBe('error');
    expect(only(one({ Area: 'Prévention' }), 'action-plan.area-value')).toEqual([]);
  });
});

describe('action-plan tables', () => {
  it('counts by status and by area and lists overdue tasks with provenance', () => {
    const result = analyseFile(
      plan(
        task({ Due: '2026-10-01', Status: 'In progress' }),
        task({ Due: '2026-10-01', Status: 'Completed' }),
        task({ Area: 'Prevention', Due: '2027-10-01', Status: 'Not started' }),
        task({ Area: null, Due: '2026-11-20', Status: null }),
      ),
      'plan.xlsx',
    );
    const tables = actionPlanKind.consolidate(result.sheets, OPTIONS).tables as ActionPlanTables;
    expect(tables.by_status).toEqual({
      'Not started': 1,
      'In progress': 1,
      Completed: 1,
      Delayed: 0,
      Cancelled: 0,
      '(blank)': 1,
    });
    expect(tables.by_area['Management and coordination']).toMatchObject({ 'In progress': 1, Completed: 1 });
    expect(tables.by_area.Prevention['Not started']).toBe(1);
    expect(tables.by_area['(no area)']['(blank)']).toBe(1);
    expect(tables.overdue).toEqual([
      {
        task: 'Draft the workplan',
        responsible_orgs: 'UNFPA; IOM',
        due: '2026-10-01',
        status: 'In progress',
        days_overdue: 53,
        source_file: 'plan.xlsx',
        source_sheet: 'Workplan',
        source_row: 2,
      },
      {
        task: 'Draft the workplan',
        responsible_orgs: 'UNFPA; IOM',
        due: '2026-11-20',
        status: '(blank)',
        days_overdue: 3,
        source_file: 'plan.xlsx',
        source_sheet: 'Workplan',
        source_row: 5,
      },
    ]);
  });
});
