/**
 * Sections built from tables.json `management-response` and the matrix records: one set per evaluation (the first
 * keeps the plain section ids, the others get -e2, -e3… and their id in the title), key actions included.
 */
import type { Lang, OutputRecord } from '../../templates/index.js';
import type { TableNames } from '../../templates/core/settings-names.js';
import { keyLabel, type NamedKey } from '../../templates/present/names.js';
import { nameKeys } from './localise.js';
import { RESPONSE, STATUS } from '../../templates/management-response/values.js';
import type { StringKey } from './i18n.js';
import { COLORS, isObject, num, sourcesWhere, type Records, type Section } from './model.js';
import { KEY_ACTION_SECTION_IDS, keyActionSections } from './sections-key-actions.js';
import { STATUSES, labeller, roundLabel, statusByUnitSection } from './matrix-labels.js';

type T = (key: StringKey) => string;
type Counts = Record<string, Record<string, number>>;

const responses = (t: Record<string, unknown>): string[] => Object.keys(t).filter((k) => k !== 'total');
const counts = (v: unknown): Counts => (isObject(v) ? (v as Counts) : {});

export const MATRIX_SECTION_IDS = [
  'acceptance',
  'pillar_by_response',
  'by_criterion',
  'status_by_pillar',
  'status_by_unit',
  ...KEY_ACTION_SECTION_IDS,
] as const;

/** Sections whose rows and bars are pillars: shown by number and name. */
const PILLAR_SECTIONS = new Set(['pillar_by_response', 'status_by_pillar']);

export function matrixSections(tables: unknown, records: Records, t: T, lang: Lang, names?: TableNames): Section[] {
  const evaluations = isObject(tables) && isObject(tables.evaluations) ? Object.entries(tables.evaluations) : [];
  if (!evaluations.length) return MATRIX_SECTION_IDS.map((id) => ({ id, title: t(id), tables: [], empty: true }));
  // Grouped once: a filter per evaluation cost evaluations × records (quadratic in the batch).
  const byEvaluation = new Map<unknown, OutputRecord[]>();
  for (const r of records) {
    const list = byEvaluation.get(r.derived.evaluation);
    if (list) list.push(r);
    else byEvaluation.set(r.derived.evaluation, [r]);
  }
  return evaluations.flatMap(([id, own], i) => {
    const mine = byEvaluation.get(id) ?? [];
    const named = (of: NamedKey) => (key: string) => keyLabel(names, id, of, key, lang);
    const sections = [
      ...evaluationSections(own, mine, t, lang).map((s) =>
        s.id === 'by_criterion'
          ? nameKeys(s, named('criterion'))
          : PILLAR_SECTIONS.has(s.id)
            ? nameKeys(s, named('pillar'))
            : s,
      ),
      ...keyActionSections(own, mine, t, lang),
    ];
    if (evaluations.length === 1) return sections;
    return sections.map((s) => ({ ...s, id: i ? `${s.id}-e${i + 1}` : s.id, title: `${id} — ${s.title}` }));
  });
}

function evaluationSections(tables: unknown, records: Records, t: T, lang: Lang): Section[] {
  const R = labeller(RESPONSE, lang, t);
  const St = labeller(STATUS, lang, t);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  if (!isObject(tables)) return [];
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
          source: sourcesWhere(records, 'pillar_number', p, rows),
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

  const byRound = isObject(tables.status_by_round) ? tables.status_by_round : {};
  const rounds = Object.keys(byRound);
  const latest = rounds[rounds.length - 1];
  const pillarsOf = (round: string) => counts(isObject(byRound[round]) ? byRound[round].by_pillar : undefined);
  const statusPillars = [...new Set(rounds.flatMap((r) => Object.keys(pillarsOf(r))))];
  // A round no one has reported on yet (Time 3 before its time) has no rate: "not reported", never 0%.
  const reported = (c: Record<string, number> | undefined) => num(c?.total) - num(c?.blank) > 0;
  const rate = (c: Record<string, number> | undefined): number | null => {
    const base = num(c?.total) - num(c?.['no longer applicable']);
    return base > 0 && reported(c) ? num(c?.completed) / base : null;
  };
  const roundReported = (round: string) => Object.values(pillarsOf(round)).some(reported);
  const rateText = (v: unknown, round: string): string =>
    !roundReported(round) ? t('not_reported') : typeof v === 'number' ? pct.format(v) : '–';
  const rates = isObject(tables.implementation_rate_by_round) ? tables.implementation_rate_by_round : {};
  const R2 = (r: string) => roundLabel(r, t);
  const statusByPillar: Section = {
    id: 'status_by_pillar',
    title: t('status_by_pillar'),
    note: `${t('implementation_rate')}: ${rounds.map((r) => `${R2(r)} ${rateText(rates[r], r)}`).join(' · ') || '–'}`,
    chart: {
      type: 'bar',
      categories: statusPillars,
      series: rounds.flatMap((r, i) =>
        STATUSES.map((s) => ({
          name: `${R2(r)} ${St(s)}`,
          stack: r,
          color: COLORS[s],
          ...(i < rounds.length - 1 ? { opacity: 0.55 } : {}),
          data: statusPillars.map((p) => num(pillarsOf(r)[p]?.[s])),
        })),
      ),
    },
    tables: [
      {
        columns: [
          { label: t('pillar') },
          ...rounds.flatMap((r) => [
            ...STATUSES.map((s) => ({ label: `${R2(r)} ${St(s)}`, format: 'number' as const })),
            { label: `${R2(r)} ${t('implementation_rate')}`, format: 'percent' as const },
          ]),
        ],
        rows: statusPillars.map((p) => ({
          cells: [
            p,
            ...rounds.flatMap((r) => [...STATUSES.map((s) => num(pillarsOf(r)[p]?.[s])), rate(pillarsOf(r)[p])]),
          ],
          source: sourcesWhere(records, 'pillar_number', p, rows),
        })),
      },
    ],
  };

  // The last round someone reported: an unreported Time 3 would show every unit as blank.
  const shown = [...rounds].reverse().find(roundReported) ?? latest;
  const units = counts(shown && isObject(byRound[shown]) ? byRound[shown].by_unit : undefined);
  const statusByUnit = statusByUnitSection(
    {
      id: 'status_by_unit',
      title: `${t('status_by_unit')}${shown ? ` (${R2(shown)})` : ''}`,
      field: 'responsible_units',
    },
    units,
    records,
    St,
    t,
  );
  return [acceptance, pillarByResponse, byCriterion, statusByPillar, statusByUnit];
}
