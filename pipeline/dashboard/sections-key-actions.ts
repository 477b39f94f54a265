/** The key-action sections of one evaluation: by status (with the two implementation rates), by unit, overdue. */
import type { Lang } from '../../templates/index.js';
import { STATUS } from '../../templates/management-response/values.js';
import type { StringKey } from './i18n.js';
import { isObject, num, singleSource, sourcesWhere, type Records, type Section } from './model.js';
import { STATUSES, labeller, statusByUnitSection } from './matrix-labels.js';

type T = (key: StringKey) => string;

export const KEY_ACTION_SECTION_IDS = ['key_actions_by_status', 'key_actions_by_unit', 'overdue_key_actions'] as const;

export function keyActionSections(tables: unknown, records: Records, t: T, lang: Lang): Section[] {
  if (!isObject(tables) || !isObject(tables.key_actions_by_status)) return [];
  const St = labeller(STATUS, lang, t);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const rows = t('rows');
  const byStatus = tables.key_actions_by_status;
  if (!num(byStatus.total)) return [];
  const rates = isObject(tables.implementation_rate) ? tables.implementation_rate : {};
  const rate = (v: unknown) => (typeof v === 'number' ? pct.format(v) : '–');
  const statuses = STATUSES.filter((s) => num(byStatus[s]));
  const status: Section = {
    id: 'key_actions_by_status',
    title: t('key_actions_by_status'),
    note:
      `${t('implementation_rate')}: ${t('key_actions')} ${rate(rates.key_actions)} · ` +
      `${t('recommendations')} ${rate(rates.recommendations)}`,
    chart: {
      type: 'bar',
      categories: statuses.map(St),
      series: [{ name: t('key_actions'), data: statuses.map((s) => num(byStatus[s])) }],
    },
    tables: [
      {
        columns: [{ label: t('status') }, { label: t('key_actions'), format: 'number' }],
        rows: statuses.map((s) => ({
          cells: [St(s), num(byStatus[s])],
          source: sourcesWhere(records, 'latest_status', s, rows),
        })),
      },
    ],
  };
  const units = isObject(tables.key_actions_by_unit)
    ? (tables.key_actions_by_unit as Record<string, Record<string, number>>)
    : {};
  const byUnit = statusByUnitSection(
    { id: 'key_actions_by_unit', title: t('key_actions_by_unit'), field: 'key_action_units' },
    units,
    records,
    St,
    t,
  );
  const overdue = Array.isArray(tables.overdue_key_actions)
    ? (tables.overdue_key_actions as Record<string, unknown>[])
    : [];
  const late: Section = {
    id: 'overdue_key_actions',
    title: t('overdue_key_actions'),
    tables: [
      {
        columns: [
          { label: t('key_action_no') },
          { label: t('key_action') },
          { label: t('responsible') },
          { label: t('due') },
          { label: t('status') },
          { label: t('days_overdue'), format: 'number' },
        ],
        rows: overdue.map((o) => ({
          cells: [
            String(o.key_action_no ?? ''),
            String(o.key_action ?? ''),
            String(o.responsible_units ?? ''),
            String(o.due ?? ''),
            typeof o.status === 'string' ? St(o.status) : '',
            num(o.days_overdue),
          ],
          source: singleSource(o as { source_file: string; source_sheet: string; source_row: number }),
        })),
      },
    ],
  };
  return [status, byUnit, late];
}
