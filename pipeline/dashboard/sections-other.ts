/** Sections for the mapping and action-plan tables, the findings and the round-to-round changes. */
import { SEVERITIES, groupByRule, ruleTitle, type Report, type Severity } from '../../templates/index.js';
import type { RoundDiff } from '../../templates/core/diff.js';
import type { StringKey } from './i18n.js';
import { COLORS, describeSources, isObject, num, singleSource, type Records, type Section } from './model.js';
import { checkedAgainstNote, spellingsTable, typoMarks } from './sections-inter.js';

type T = (key: StringKey) => string;

/** Mapping statuses in order, with colours that read in print and for colour-blind readers (blue → orange). */
const MAPPING_LEVELS = [
  { name: 'In place', color: '#1b6fae' },
  { name: 'In progress', color: '#7fb8e0' },
  { name: 'Not in place', color: '#e08214' },
  { name: 'Not applicable', color: '#bdbdbd' },
];

/** Text of a value from tables.json: lists joined, blanks empty. */
const text = (v: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));

interface Located {
  source_file: string;
  source_sheet: string;
  source_row: number;
}

function recordsOf(records: Records, match: (values: Record<string, unknown>) => boolean, rowsWord: string): string {
  return describeSources(
    records.filter((r) => match(r.values)).map((r) => r.source),
    rowsWord,
  );
}

export function mappingSections(tables: unknown, records: Records, t: T): Section[] {
  if (!isObject(tables))
    return [
      { id: 'coverage', title: t('coverage'), tables: [], empty: true },
      { id: 'in_place_by_area', title: t('in_place_by_area'), tables: [], empty: true },
    ];
  const rows = t('rows');
  const coverage = (isObject(tables.coverage) ? tables.coverage : {}) as Record<string, Record<string, string>>;
  const agencies = Object.keys(coverage);
  const standards = [...new Set(agencies.flatMap((a) => Object.keys(coverage[a])))];
  const levels = [...MAPPING_LEVELS];
  for (const a of agencies)
    for (const s of Object.values(coverage[a]))
      if (!levels.some((l) => l.name === s)) levels.push({ name: s, color: '#9e9ac8' });
  const cells: [number, number, number][] = [];
  const tableRows: Section['tables'][number]['rows'] = [];
  const typos = typoMarks(tables, t);
  const marks: { x: number; y: number; note: string }[] = [];
  agencies.forEach((a, y) =>
    standards.forEach((s, x) => {
      const status = coverage[a][s];
      if (status === undefined) return;
      cells.push([x, y, levels.findIndex((l) => l.name === status)]);
      const note = typos.get(`${a}|${s}`);
      if (note) marks.push({ x, y, note });
      tableRows.push({
        cells: [a, s, status, ...(typos.size ? [note ?? ''] : [])],
        source: recordsOf(records, (v) => v.agency === a && v.standard === s, rows),
      });
    }),
  );
  const listed = (v: unknown) => (Array.isArray(v) ? v : []) as (Located & Record<string, unknown>)[];
  const gaps = listed(tables.gap_register);
  const practices = listed(tables.good_practice);
  // Registers past the core's cap list their first rows: the page counts the others as not shown.
  const shown = (isObject(tables.rows_shown) ? tables.rows_shown : {}) as Record<string, { total?: number }>;
  const omitted = (name: string, rows: number) => {
    const total = shown[name]?.total;
    return typeof total === 'number' && total > rows ? { omitted: total - rows } : {};
  };
  const note = checkedAgainstNote(tables, t);
  const heat: Section = {
    id: 'coverage',
    title: t('coverage'),
    ...(note ? { note } : {}),
    chart: { type: 'heatmap', x: standards, y: agencies, levels, cells, ...(marks.length ? { marks } : {}) },
    tables: [
      {
        columns: [
          { label: t('agency') },
          { label: t('standard') },
          { label: t('status') },
          ...(typos.size ? [{ label: t('written') }] : []),
        ],
        rows: tableRows,
      },
      {
        caption: t('gap_register'),
        columns: [
          { label: t('agency') },
          { label: t('standard') },
          { label: t('gap') },
          { label: t('planned_action') },
          { label: t('timeline') },
        ],
        rows: gaps.map((g) => ({
          cells: [
            text(g.agency),
            text(g.standard),
            text(g.gap),
            text(g.planned_action),
            text(g.timeline).replace(/T.*$/, ''),
          ],
          source: singleSource(g),
        })),
        ...omitted('gap_register', gaps.length),
      },
      {
        caption: t('good_practice'),
        columns: [{ label: t('agency') }, { label: t('standard') }, { label: t('good_practice') }],
        rows: practices.map((g) => ({
          cells: [text(g.agency), text(g.standard), text(g.good_practice)],
          source: singleSource(g),
        })),
        ...omitted('good_practice', practices.length),
      },
      spellingsTable(tables, t),
    ],
  };
  const byArea = (isObject(tables.in_place_by_area) ? tables.in_place_by_area : {}) as Record<
    string,
    Record<string, number>
  >;
  const areas = Object.keys(byArea);
  const share: Section = {
    id: 'in_place_by_area',
    title: t('in_place_by_area'),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: areas,
      series: [{ name: t('share'), percent: true, data: areas.map((a) => num(byArea[a].share)) }],
    },
    tables: [
      {
        columns: [
          { label: t('area') },
          { label: t('in_place'), format: 'number' },
          { label: t('total'), format: 'number' },
          { label: t('share'), format: 'percent' },
        ],
        rows: areas.map((a) => ({
          cells: [a, num(byArea[a].in_place), num(byArea[a].total), num(byArea[a].share)],
          source: recordsOf(records, (v) => v.area === a, rows),
        })),
      },
    ],
  };
  return [heat, share];
}

export function actionPlanSections(tables: unknown, records: Records, t: T): Section[] {
  if (!isObject(tables)) return [{ id: 'workplan', title: t('workplan'), tables: [], empty: true }];
  const rows = t('rows');
  const byStatus = (isObject(tables.by_status) ? tables.by_status : {}) as Record<string, number>;
  const statuses = Object.keys(byStatus);
  const overdue = (Array.isArray(tables.overdue) ? tables.overdue : []) as (Located & Record<string, unknown>)[];
  return [
    {
      id: 'workplan',
      title: t('workplan'),
      chart: {
        type: 'bar',
        categories: statuses,
        series: [{ name: t('count'), data: statuses.map((s) => num(byStatus[s])) }],
      },
      tables: [
        {
          columns: [{ label: t('status') }, { label: t('count'), format: 'number' }],
          rows: statuses.map((s) => ({
            cells: [s, num(byStatus[s])],
            source: recordsOf(records, (v) => v.status === s, rows),
          })),
        },
        {
          caption: t('overdue'),
          columns: [
            { label: t('task') },
            { label: t('responsible') },
            { label: t('due') },
            { label: t('status') },
            { label: t('days_overdue'), format: 'number' },
          ],
          rows: overdue.map((o) => ({
            cells: [
              text(o.task),
              text(o.responsible_orgs),
              text(o.due).slice(0, 10),
              text(o.status),
              num(o.days_overdue),
            ],
            source: singleSource(o),
          })),
        },
      ],
    },
  ];
}

/**
 * One bar per rule, titled in the page language, and one table per severity, errors first, each row a rule with its
 * count (its id as the row's key); info collapsed. The grouping is the core's.
 */
export function findingsSection(report: Report, t: T): Section {
  if (!report.findings.length) return { id: 'findings', title: t('findings'), tables: [], empty: true };
  const groups = groupByRule(report.findings, (rule) => ruleTitle(rule, report.lang));
  const count = (group: (typeof groups)[number], s: string): number => (group.severity === s ? group.count : 0);
  const total = (s: Severity) => groups.filter((g) => g.severity === s).reduce((n, g) => n + g.count, 0);
  return {
    id: 'findings',
    title: t('findings'),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: groups.map((g) => g.title),
      series: SEVERITIES.map((s) => ({
        name: t(s),
        stack: 'f',
        color: COLORS[s],
        data: groups.map((g) => count(g, s)),
      })),
    },
    tables: SEVERITIES.filter((s) => total(s) > 0).map((s) => ({
      caption: `${t(PLURAL[s])} (${total(s)})`,
      severity: s,
      collapsed: s === 'info',
      columns: [{ label: t('rule') }, { label: t('count'), format: 'number' as const }],
      rows: groups
        .filter((g) => g.severity === s)
        .map((g) => ({
          key: g.rule,
          cells: [g.title, g.count],
          source: describeSources(
            g.findings.map((f) => ({ file: f.file, sheet: f.sheet ?? '', row: f.row ?? 0 })),
            t('rows'),
          ),
        })),
    })),
  };
}

const PLURAL = { error: 'errors', warning: 'warnings', info: 'infos' } as const;

/** Only when --previous was given: counts of new/updated/unchanged/removed and each status transition. */
export function transitionsSection(diff: RoundDiff, t: T): Section {
  const kinds = ['new', 'updated', 'unchanged', 'removed'] as const;
  const moves = new Map<string, number>();
  for (const tr of diff.transitions)
    moves.set(`${tr.from || '∅'} → ${tr.to || '∅'}`, (moves.get(`${tr.from || '∅'} → ${tr.to || '∅'}`) ?? 0) + 1);
  return {
    id: 'transitions',
    title: t('transitions'),
    note: kinds.map((k) => `${t(k)}: ${diff.counts[k]}`).join(' · '),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: [...moves.keys()],
      series: [{ name: t('count'), data: [...moves.values()] }],
    },
    tables: [
      {
        columns: [
          { label: t('record') },
          { label: t('field') },
          { label: t('from') },
          { label: t('to') },
          { label: t('direction') },
        ],
        rows: diff.transitions.map((tr) => ({
          cells: [
            tr.label,
            tr.field,
            tr.from,
            tr.to,
            tr.direction === 'forward' ? t('forward') : tr.direction === 'back' ? t('back') : '–',
          ],
          source: tr.source ? `${tr.source.file} › ${tr.source.sheet} › ${tr.source.row}` : '',
        })),
      },
    ],
  };
}
