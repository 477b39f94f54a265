/** Assembles the dashboard's data from a consolidation: tables.json per kind, records, findings, and the round diff. */
import { setAsideTotal, type Lang, type OutputRecord, type Report } from '../../templates/index.js';
import type { RoundDiff } from '../../templates/core/diff.js';
import type { KindOutput } from '../consolidate.js';
import { translator, type StringKey } from './i18n.js';
import type { DashboardData, Section } from './model.js';
import { matrixSections } from './sections-matrix.js';
import { localiseSections } from './localise.js';
import { withReadingLines } from './reading.js';
import { actionPlanSections, findingsSection, mappingSections, transitionsSection } from './sections-other.js';
import { focalPointSections, partnerSections } from './sections-inter.js';

export interface DashboardInput {
  kinds: readonly Pick<KindOutput, 'kind' | 'records' | 'tables' | 'names'>[];
  /** The run's report: counts, row accounting, inputs and findings. */
  report: Report;
  diff?: RoundDiff;
}

/**
 * The fields of a record the dashboard's sections count or match by (sections-*.ts): a streamed consolidation keeps
 * only these of each record, with its provenance, for the page. A section that reads another field adds it here
 * (test/stream/outputs-identical.test.ts compares the page with one built from whole records).
 */
export const DASHBOARD_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'management-response': [
    'evaluation',
    'response',
    'pillar',
    'pillar_number',
    'pillar_name',
    'criterion_name',
    'responsible_units',
    'latest_status',
    'key_action_units',
  ],
  mapping: ['agency', 'standard', 'area'],
  'action-plan': ['status'],
  'focal-points': ['agency'],
  'partner-assessment': ['agency', 'standard'],
};

/** What the dashboard needs of one record. */
export function dashboardRecord(kind: string, record: OutputRecord): OutputRecord {
  const values: OutputRecord['values'] = {};
  const derived: OutputRecord['derived'] = {};
  for (const field of DASHBOARD_FIELDS[kind] ?? []) {
    if (field in record.values) values[field] = record.values[field];
    if (field in record.derived) derived[field] = record.derived[field];
  }
  return { source: record.source, values, derived };
}

const CLIENT_STRINGS: StringKey[] = ['title', 'no_data', 'sort_hint', 'source', 'rows_omitted', 'rows_omitted_one'];

/** A page with 100,000 table rows is unreadable and tens of MB: long tables show their first rows only. */
export const MAX_TABLE_ROWS = 500;

function capTables(sections: Section[]): Section[] {
  for (const section of sections) {
    for (const table of section.tables) {
      if (table.rows.length <= MAX_TABLE_ROWS) continue;
      // A table the core already cut (tables.json's rows_shown) says so in `omitted`: the page adds its own cut.
      table.omitted = (table.omitted ?? 0) + table.rows.length - MAX_TABLE_ROWS;
      table.rows = table.rows.slice(0, MAX_TABLE_ROWS);
    }
  }
  return sections;
}

export function buildDashboardData(
  input: DashboardInput,
  meta: { lang: Lang; version: string; date: string },
): DashboardData {
  const t = translator(meta.lang);
  const kind = (key: string) => input.kinds.find((k) => k.kind === key);
  const part = (key: string) => ({
    tables: kind(key)?.tables,
    records: kind(key)?.records ?? [],
    names: kind(key)?.names,
  });
  const matrix = part('management-response');
  const mapping = part('mapping');
  const plan = part('action-plan');
  const focal = part('focal-points');
  const partners = part('partner-assessment');
  const { report } = input;
  return {
    lang: meta.lang,
    strings: Object.fromEntries(CLIENT_STRINGS.map((k) => [k, t(k)])),
    header: [
      { label: t('generated'), value: meta.date },
      { label: t('version'), value: meta.version },
      { label: t('files'), value: report.inputs.length },
      { label: t('rows_read'), value: report.accounting.read },
      { label: t('rows_consolidated'), value: report.accounting.consolidated },
      { label: t('rows_set_aside'), value: setAsideTotal(report.accounting) },
      { label: t('errors'), value: report.counts.error },
      { label: t('warnings'), value: report.counts.warning },
    ],
    sections: capTables(
      withReadingLines(
        localiseSections(
          [
            ...(input.diff ? [transitionsSection(input.diff, t)] : []),
            ...matrixSections(matrix.tables, matrix.records, t, meta.lang, matrix.names),
            ...mappingSections(mapping.tables, mapping.records, t),
            ...actionPlanSections(plan.tables, plan.records, t),
            ...focalPointSections(focal.tables, focal.records, t),
            ...partnerSections(partners.tables, partners.records, t, meta.lang),
            findingsSection(report, t),
          ],
          meta.lang,
        ),
        meta.lang,
      ),
    ),
  };
}
