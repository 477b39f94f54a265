/**
 * Sections for the inter-agency kinds added with issue 14: the mapping's other spellings of agencies, focal points
 * (counts only: no name, e-mail or phone reaches the page) and partner PSEA capacity assessments.
 */
import type { Lang } from '../../templates/index.js';
import { RISK } from '../../templates/partner-assessment/ratings.js';
import type { StringKey } from './i18n.js';
import {
  COLORS,
  isObject,
  num,
  singleSource,
  sourcesWhere,
  type Records,
  type Section,
  type TableSpec,
} from './model.js';

type T = (key: StringKey) => string;
type Located = { source_file: string; source_sheet: string; source_row: number } & Record<string, unknown>;

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const listed = (v: unknown) => (Array.isArray(v) ? v : []) as Located[];
const counts = (v: unknown) => (isObject(v) ? (v as Record<string, Record<string, number>>) : {});

/** The mapping's agencies written another way, and the agency each was counted under. */
export function spellingsTable(tables: Record<string, unknown>, t: T): TableSpec {
  return {
    caption: t('agency_spellings'),
    columns: [
      { label: t('written') },
      { label: t('counted_as') },
      { label: t('reading') },
      { label: t('rows'), format: 'number' },
      { label: t('standards') },
    ],
    rows: listed(tables.agency_spellings).map((s) => ({
      cells: [text(s.written), text(s.counted_as), text(s.reading), num(s.rows), text(s.standards)],
      source: singleSource(s),
    })),
  };
}

/** "agency|standard" → the mark of a coverage cell reported under a typo of the agency's name (agency_spellings). */
export function typoMarks(tables: Record<string, unknown>, t: T): Map<string, string> {
  const marks = new Map<string, string>();
  for (const s of listed(tables.agency_spellings).filter((s) => s.reading === 'typo'))
    for (const standard of text(s.standards).split(', ').filter(Boolean))
      marks.set(
        `${text(s.counted_as)}|${standard}`,
        t('typo_mark').replace('{written}', text(s.written)).replace('{agency}', text(s.counted_as)),
      );
  return marks;
}

/** "iasc-mos-psea (inferred): a.xlsx › Sheet; …": which sets each mapping sheet was checked against. */
export function checkedAgainstNote(tables: Record<string, unknown>, t: T): string {
  const sheets = listed(tables.checked_against);
  if (!sheets.length) return '';
  const how = (h: unknown) => (h === 'declared' ? t('declared') : t('inferred'));
  return `${t('checked_against')}: ${sheets
    .map((s) => `${text(s.sets) || '—'} (${how(s.how)}) — ${s.source_file} › ${s.source_sheet}`)
    .join('; ')}`;
}

export const FOCAL_POINT_SECTION_IDS = ['focal_points'] as const;

export function focalPointSections(tables: unknown, records: Records, t: T): Section[] {
  if (!isObject(tables)) return [{ id: 'focal_points', title: t('focal_points'), tables: [], empty: true }];
  const byAgency = counts(tables.by_agency);
  const agencies = Object.keys(byAgency);
  const totals = isObject(tables.totals) ? tables.totals : {};
  return [
    {
      id: 'focal_points',
      title: t('focal_points'),
      note: [
        `${t('agencies')}: ${num(totals.agencies)}`,
        `${t('with_focal_point')}: ${num(totals.with_focal_point)}`,
        `${t('focal_points_count')}: ${num(totals.focal_points)}`,
        `${t('trained')}: ${num(totals.trained)}`,
      ].join(' · '),
      chart: {
        type: 'bar',
        categories: agencies,
        series: [
          { name: t('focal_points_count'), data: agencies.map((a) => num(byAgency[a].focal_points)) },
          { name: t('trained'), data: agencies.map((a) => num(byAgency[a].trained)), color: COLORS.completed },
        ],
      },
      tables: [
        {
          columns: [
            { label: t('agency') },
            { label: t('focal_points_count'), format: 'number' },
            { label: t('trained'), format: 'number' },
          ],
          rows: agencies.map((a) => ({
            cells: [a, num(byAgency[a].focal_points), num(byAgency[a].trained)],
            source: sourcesWhere(records, 'agency', a, t('rows')),
          })),
        },
        {
          caption: t('agencies_without'),
          columns: [{ label: t('agency') }],
          rows: listed(tables.agencies_without).map((a) => ({ cells: [text(a.agency)], source: singleSource(a) })),
        },
      ],
    },
  ];
}

export const PARTNER_SECTION_IDS = ['partner_risk', 'partner_agencies'] as const;

const RISK_COLORS: Record<string, string> = {
  High: '#e08214',
  Moderate: '#7fb8e0',
  Low: '#1b6fae',
  'not rated': '#bdbdbd',
};

export function partnerSections(tables: unknown, records: Records, t: T, lang: Lang): Section[] {
  const label = (r: string) =>
    r === 'not rated' ? t('not_rated') : (RISK.values.find((v) => v.value === r)?.label[lang] ?? r);
  if (!isObject(tables)) return PARTNER_SECTION_IDS.map((id) => ({ id, title: t(id), tables: [], empty: true }));
  const byRisk = (isObject(tables.partners_by_risk) ? tables.partners_by_risk : {}) as Record<string, number>;
  const risks = Object.keys(byRisk);
  const latest = listed(tables.assessments).filter((a) => a.latest === 'yes');
  const byAgency = counts(tables.by_agency);
  const agencies = Object.keys(byAgency);
  const notMet = (isObject(tables.standards_not_met) ? tables.standards_not_met : {}) as Record<string, number>;
  const risk: Section = {
    id: 'partner_risk',
    title: t('partner_risk'),
    chart: {
      type: 'bar',
      categories: risks.map(label),
      series: [{ name: t('partners'), data: risks.map((r) => num(byRisk[r])) }],
    },
    tables: [
      {
        columns: [{ label: t('risk') }, { label: t('partners'), format: 'number' }],
        rows: risks.map((r) => ({
          cells: [label(r), num(byRisk[r])],
          source: latest
            .filter((a) => text(a.risk) === r)
            .map((a) => `${a.source_file} › ${a.source_sheet} › ${a.source_row}`)
            .join('; '),
        })),
      },
      {
        caption: t('expiring'),
        columns: [
          { label: t('partner') },
          { label: t('agency') },
          { label: t('assessment_date') },
          { label: t('years'), format: 'number' },
        ],
        rows: listed(tables.expiring).map((e) => ({
          cells: [text(e.partner), text(e.agency), text(e.assessment_date), num(e.years)],
          source: singleSource(e),
        })),
      },
      {
        caption: t('standards_not_met'),
        columns: [{ label: t('standard') }, { label: t('partners'), format: 'number' }],
        rows: Object.keys(notMet).map((s) => ({
          cells: [s, num(notMet[s])],
          source: sourcesWhere(records, 'standard', s, t('rows')),
        })),
      },
    ],
  };
  const levels = Object.keys(RISK_COLORS);
  const agencySection: Section = {
    id: 'partner_agencies',
    title: t('partner_agencies'),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: agencies,
      series: levels.map((l) => ({
        name: label(l),
        stack: 'r',
        color: RISK_COLORS[l],
        data: agencies.map((a) => num(byAgency[a][l])),
      })),
    },
    tables: [
      {
        columns: [
          { label: t('agency') },
          { label: t('assessments'), format: 'number' },
          ...levels.map((l) => ({ label: label(l), format: 'number' as const })),
        ],
        rows: agencies.map((a) => ({
          cells: [a, num(byAgency[a].assessments), ...levels.map((l) => num(byAgency[a][l]))],
          source: sourcesWhere(records, 'agency', a, t('rows')),
        })),
      },
    ],
  };
  return [risk, agencySection];
}
