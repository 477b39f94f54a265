/** mapping and action-plan tables in the shapes agreed with the mapping engineer, with records to trace them to. */
import {
  buildReport,
  type Finding,
  type Lang,
  type OutputRecord,
  type Report,
  type RowAccounting,
} from '../../templates/index.js';

const rec = (
  row: number,
  values: Record<string, string | number | null>,
  file = 'mapping-unicef.xlsx',
  sheet = 'Mapping',
): OutputRecord => ({ source: { file, sheet, row }, values, derived: {} });

export const PAYLOAD_AGENCY = '<img src=x onerror="window.__pwned=3">';

export const MAPPING_RECORDS: OutputRecord[] = [
  rec(4, { agency: 'UNICEF', standard: 'S1 Policy', area: 'Management', status: 'In place' }),
  rec(5, { agency: 'UNICEF', standard: 'S2 Reporting', area: 'Reporting', status: 'In progress' }),
  rec(4, { agency: 'UNHCR', standard: 'S1 Policy', area: 'Management', status: 'Not in place' }, 'mapping-unhcr.xlsx'),
  rec(5, { agency: 'UNHCR', standard: 'S2 Reporting', area: 'Reporting', status: 'In place' }, 'mapping-unhcr.xlsx'),
  rec(
    4,
    { agency: PAYLOAD_AGENCY, standard: 'S1 Policy', area: 'Management', status: 'Not applicable' },
    'mapping-x.xlsx',
  ),
];

export const MAPPING_TABLES = {
  coverage: {
    UNICEF: { 'S1 Policy': 'In place', 'S2 Reporting': 'In progress' },
    UNHCR: { 'S1 Policy': 'Not in place', 'S2 Reporting': 'In place' },
    [PAYLOAD_AGENCY]: { 'S1 Policy': 'Not applicable' },
  },
  in_place_by_area: {
    Management: { in_place: 1, total: 2, share: 0.5 },
    Reporting: { in_place: 1, total: 2, share: 0.5 },
  },
  in_place_by_agency: { UNICEF: { in_place: 1, total: 2, share: 0.5 }, UNHCR: { in_place: 1, total: 2, share: 0.5 } },
  gap_register: [
    {
      agency: 'UNHCR',
      standard: 'S1 Policy',
      gap: 'No policy',
      planned_action: 'Draft one',
      timeline: '2026-12-31',
      source_file: 'mapping-unhcr.xlsx',
      source_sheet: 'Mapping',
      source_row: 4,
    },
  ],
  good_practice: [
    {
      agency: 'UNICEF',
      standard: 'S1 Policy',
      good_practice: 'Annual refresher',
      source_file: 'mapping-unicef.xlsx',
      source_sheet: 'Mapping',
      source_row: 4,
    },
  ],
};

export const PLAN_RECORDS: OutputRecord[] = [
  rec(3, { task: 'Train focal points', status: 'Completed' }, 'workplan.xlsx', 'Workplan'),
  rec(4, { task: 'Set up complaint line', status: 'Delayed' }, 'workplan.xlsx', 'Workplan'),
  rec(5, { task: 'Translate the code of conduct', status: 'In progress' }, 'workplan.xlsx', 'Workplan'),
];

export const PLAN_TABLES = {
  by_status: { Completed: 1, Delayed: 1, 'In progress': 1 },
  by_area: { Prevention: { Completed: 1, Delayed: 1 }, Response: { 'In progress': 1 } },
  overdue: [
    {
      task: 'Set up complaint line',
      responsible_orgs: ['UNICEF', 'UNHCR'],
      due: '2026-09-30',
      status: 'Delayed',
      days_overdue: 54,
      source_file: 'workplan.xlsx',
      source_sheet: 'Workplan',
      source_row: 4,
    },
  ],
};

export const FIXTURE_KINDS = [
  {
    kind: 'mapping',
    records: MAPPING_RECORDS,
    fields: ['agency', 'standard', 'area', 'status'],
    derived: [],
    tables: MAPPING_TABLES,
  },
  {
    kind: 'action-plan',
    records: PLAN_RECORDS,
    fields: ['task', 'status'],
    derived: [],
    tables: PLAN_TABLES,
  },
];

/** A report over `files` inputs, for dashboards built from fixtures rather than a run. */
export function fixtureReport(
  findings: Finding[],
  accounting: RowAccounting,
  files: number,
  lang: Lang = 'en',
): Report {
  const inputs = Array.from({ length: files }, (_, i) => ({ file: `input-${i + 1}.xlsx`, read: true }));
  return buildReport({ lang, inputs, findings, accounting });
}
