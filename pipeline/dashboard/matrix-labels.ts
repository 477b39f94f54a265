/** How the matrix sections name canonical values and rounds in the page language, and their status-by-unit charts. */
import type { Lang } from '../../templates/index.js';
import type { EnumDef } from '../../templates/core/schema.js';
import type { StringKey } from './i18n.js';
import { COLORS, num, sourcesWhere, type Records, type Section } from './model.js';

type T = (key: StringKey) => string;

/** Label of a canonical value in the page language (the template's own labels); unknown values stay as written. */
export function labeller(def: EnumDef, lang: Lang, t: T): (value: string) => string {
  return (value) =>
    value === 'blank' || value === 'unknown'
      ? t(value)
      : (def.values.find((v) => v.value === value)?.label[lang] ?? value);
}

/** "T2", "T3", "2025-12", or the current round: how a round heads a column. */
export function roundLabel(round: string, t: T): string {
  if (round === 'current') return t('current');
  return /^t\d$/.test(round) ? round.toUpperCase() : round;
}

/** The statuses a matrix table counts, in the order the page shows them. */
export const STATUSES = [
  'not started',
  'in progress',
  'completed',
  'no longer applicable',
  'unknown',
  'blank',
] as const;

/**
 * Statuses by unit, largest first: a stacked bar per unit and its table, each row naming the records whose `field`
 * holds the unit (recommendations by responsible unit, key actions by theirs).
 */
export function statusByUnitSection(
  section: { id: string; title: string; field: string },
  units: Record<string, Record<string, number>>,
  records: Records,
  St: (value: string) => string,
  t: T,
): Section {
  const names = Object.keys(units).sort((a, b) => num(units[b].total) - num(units[a].total));
  return {
    id: section.id,
    title: section.title,
    chart: {
      type: 'bar',
      horizontal: true,
      categories: names,
      series: STATUSES.map((s) => ({
        name: St(s),
        stack: 'u',
        color: COLORS[s],
        data: names.map((u) => num(units[u][s])),
      })),
    },
    tables: [
      {
        columns: [
          { label: t('unit') },
          ...STATUSES.map((s) => ({ label: St(s), format: 'number' as const })),
          { label: t('total'), format: 'number' },
        ],
        rows: names.map((u) => ({
          cells: [u, ...STATUSES.map((s) => num(units[u][s])), num(units[u].total)],
          source: sourcesWhere(records, section.field, u, t('rows')),
        })),
      },
    ],
  };
}
