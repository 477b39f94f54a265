/** Sections built from tables.json `management-response` and the matrix records. */
import type { Lang } from '../../templates/index.js';
import type { EnumDef } from '../../templates/core/schema.js';
import { RESPONSE, STATUS } from '../../templates/management-response/values.js';
import type { StringKey } from './i18n.js';
import { COLORS, isObject, num, sourcesWhere, type Records, type Section } from './model.js';

type T = (key: StringKey) => string;
type Counts = Record<string, Record<string, number>>;

const STATUSES = ['open', 'completed', 'discarded', 'blank'] as const;
const responses = (t: Record<string, unknown>): string[] => Object.keys(t).filter((k) => k !== 'total');
const counts = (v: unknown): Counts => (isObject(v) ? (v as Counts) : {});

export const MATRIX_SECTION_IDS = [
  'acceptance',
  'pillar_by_response',
  'by_criterion',
  'status_by_pillar',
  'status_by_unit',
] as const;

/** Label of a canonical value in the page language (the template's own labels); unknown values stay as written. */
function labeller(def: EnumDef, lang: Lang, t: T): (value: string) => string {
  return (value) =>
    value === 'blank' ? t('blank') : (def.values.find((v) => v.value === value)?.label[lang] ?? value);
}

export function matrixSections(tables: unknown, records: Records, t: T, lang: Lang): Section[] {
  const R = labeller(RESPONSE, lang, t);
  const St = labeller(STATUS, lang, t);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  if (!isObject(tables)) return MATRIX_SECTION_IDS.map((id) => ({ id, title: t(id), tables: [], empty: true }));
  const rows = t('rows');
  const acc = isObject(tables.acceptance) ? tables.acceptance : {};
  const accPoint = isObject(tables.acceptance_by_point) ? tables.acceptance_by_point : {};
  const levels = [...new Set([...responses(acc), ...responses(accPoint)])];
  const acceptance: Section = {
    id: 'acceptance',
    title: t('acceptance'),
    chart: {
      type: 'bar',
      categories: levels.map(R),
      series: [
        { name: t('recommendations'), data: levels.map((l) => num(acc[l])) },
        { name: t('points'), data: levels.map((l) => num(accPoint[l])) },
      ],
    },
    tables: [
      {
        columns: [
          { label: t('response') },
          { label: t('recommendations'), format: 'number' },
          { label: t('points'), format: 'number' },
        ],
        rows: levels.map((l) => ({
          cells: [R(l), num(acc[l]), num(accPoint[l])],
          source: sourcesWhere(records, 'response', l, rows),
        })),
      },
    ],
  };

  const byPillar = counts(tables.pillar_by_response);
  const pillars = Object.keys(byPillar);
  const pillarByResponse: Section = {
    id: 'pillar_by_response',
    title: t('pillar_by_response'),
    chart: {
      type: 'bar',
      categories: pillars,
      series: levels.map((l) => ({
        name: R(l),
        stack: 'r',
        color: COLORS[l],
        data: pillars.map((p) => num(byPillar[p][l])),
      })),
    },
    tables: [
      {
        columns: [
          { label: t('pillar') },
          ...levels.map((l) => ({ label: R(l), format: 'number' as const })),
          { label: t('total'), format: 'number' },
        ],
        rows: pillars.map((p) => ({
          cells: [p, ...levels.map((l) => num(byPillar[p][l])), num(byPillar[p].total)],
          source: sourcesWhere(records, 'pillar', p, rows),
        })),
      },
    ],
  };

  const crit = isObject(tables.by_criterion) ? tables.by_criterion : {};
  const criteria = Object.keys(crit).sort((a, b) => num(crit[b]) - num(crit[a]));
  const byCriterion: Section = {
    id: 'by_criterion',
    title: t('by_criterion'),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: criteria,
      series: [{ name: t('recommendations'), data: criteria.map((c) => num(crit[c])) }],
    },
    tables: [
      {
        columns: [{ label: t('criterion') }, { label: t('recommendations'), format: 'number' }],
        rows: criteria.map((c) => ({
          cells: [c, num(crit[c])],
          source: sourcesWhere(records, 'criterion_name', c, rows),
        })),
      },
    ],
  };

  const t2 = counts(isObject(tables.status_t2) ? tables.status_t2.by_pillar : undefined);
  const t3 = counts(isObject(tables.status_t3) ? tables.status_t3.by_pillar : undefined);
  const statusPillars = [...new Set([...Object.keys(t2), ...Object.keys(t3)])];
  // A round no one has reported on yet (Time 3 before its time) has no rate: "not reported", never 0%.
  const reported = (c: Record<string, number> | undefined) => num(c?.total) - num(c?.blank) > 0;
  const rate = (c: Record<string, number> | undefined): number | null => {
    const base = num(c?.total) - num(c?.discarded);
    return base > 0 && reported(c) ? num(c?.completed) / base : null;
  };
  const roundReported = (round: Counts) => Object.values(round).some(reported);
  const rateText = (v: unknown, round: Counts): string =>
    !roundReported(round) ? t('not_reported') : typeof v === 'number' ? pct.format(v) : '–';
  const statusByPillar: Section = {
    id: 'status_by_pillar',
    title: t('status_by_pillar'),
    note:
      `${t('implementation_rate')}: T2 ${rateText(tables.implementation_rate_t2, t2)} · ` +
      `T3 ${rateText(tables.implementation_rate_t3, t3)}`,
    chart: {
      type: 'bar',
      categories: statusPillars,
      series: [
        ...STATUSES.map((s) => ({
          name: `T2 ${St(s)}`,
          stack: 't2',
          color: COLORS[s],
          data: statusPillars.map((p) => num(t2[p]?.[s])),
        })),
        ...STATUSES.map((s) => ({
          name: `T3 ${St(s)}`,
          stack: 't3',
          color: COLORS[s],
          opacity: 0.55,
          data: statusPillars.map((p) => num(t3[p]?.[s])),
        })),
      ],
    },
    tables: [
      {
        columns: [
          { label: t('pillar') },
          ...STATUSES.map((s) => ({ label: `T2 ${St(s)}`, format: 'number' as const })),
          { label: `T2 ${t('implementation_rate')}`, format: 'percent' },
          ...STATUSES.map((s) => ({ label: `T3 ${St(s)}`, format: 'number' as const })),
          { label: `T3 ${t('implementation_rate')}`, format: 'percent' },
        ],
        rows: statusPillars.map((p) => ({
          cells: [
            p,
            ...STATUSES.map((s) => num(t2[p]?.[s])),
            rate(t2[p]),
            ...STATUSES.map((s) => num(t3[p]?.[s])),
            rate(t3[p]),
          ],
          source: sourcesWhere(records, 'pillar', p, rows),
        })),
      },
    ],
  };

  const units = counts(isObject(tables.status_t2) ? tables.status_t2.by_unit : undefined);
  const unitNames = Object.keys(units).sort((a, b) => num(units[b].total) - num(units[a].total));
  const statusByUnit: Section = {
    id: 'status_by_unit',
    title: t('status_by_unit'),
    chart: {
      type: 'bar',
      horizontal: true,
      categories: unitNames,
      series: STATUSES.map((s) => ({
        name: St(s),
        stack: 'u',
        color: COLORS[s],
        data: unitNames.map((u) => num(units[u][s])),
      })),
    },
    tables: [
      {
        columns: [
          { label: t('unit') },
          ...STATUSES.map((s) => ({ label: St(s), format: 'number' as const })),
          { label: t('total'), format: 'number' },
        ],
        rows: unitNames.map((u) => ({
          cells: [u, ...STATUSES.map((s) => num(units[u][s])), num(units[u].total)],
          source: sourcesWhere(records, 'responsible_units', u, rows),
        })),
      },
    ],
  };
  return [acceptance, pillarByResponse, byCriterion, statusByPillar, statusByUnit];
}
