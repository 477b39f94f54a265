/** The key-action tables of one evaluation: by status, by responsible unit, overdue, implementation rates. */
import { dict } from '../../core/dict.js';
import type { CellValue } from '../../core/types.js';
import { UnitDirectory } from '../units.js';
import type { MatrixSettings } from '../settings.js';
import { daysOverdue, type KeyAction } from '../key-actions/records.js';
import type { SettledRecommendation } from './settled.js';
import { rateOf, statusCounts, type Counted, type StatusCounts } from './status-counts.js';
import { recommendationStatus } from './recommendations.js';

export interface KeyActionTables {
  /** Each key action once, by its latest status. */
  key_actions_by_status: StatusCounts;
  key_actions_by_unit: Record<string, StatusCounts>;
  /** Past due on the run's date and neither completed nor no longer applicable, with where each is. */
  overdue_key_actions: Record<string, CellValue>[];
  /** completed ÷ (total − no longer applicable): key actions by their latest status, recommendations by theirs. */
  implementation_rate: { key_actions: number | null; recommendations: number | null };
}

function statusOf(action: KeyAction): Counted {
  const cell = [...action.row.rounds].reverse().find((c) => c.status);
  if (cell?.status && !cell.status.value) return 'unknown';
  return action.status;
}

export function keyActionTables(settled: readonly SettledRecommendation[], asOf: string): KeyActionTables {
  const byStatus = statusCounts.empty();
  const byUnit: Record<string, StatusCounts> = dict();
  const overdue: Record<string, CellValue>[] = [];
  const statuses: Counted[] = [];
  const directories = new Map<MatrixSettings, UnitDirectory>();
  for (const { settings, keyActions, tracked } of settled) {
    let directory = directories.get(settings);
    if (!directory) directories.set(settings, (directory = new UnitDirectory(settings)));
    for (const action of keyActions) {
      const status = statusOf(action);
      statuses.push(status);
      statusCounts.count(byStatus, status);
      const units = new Set(
        directory.tokens(action.units).map((t) => {
          const match = directory.lookup(t);
          return match.kind === 'known' ? match.code : t;
        }),
      );
      for (const unit of units.size ? units : ['(none)']) statusCounts.add(byUnit, unit, status);
      const days = tracked ? daysOverdue(action, asOf) : undefined;
      if (days !== undefined && action.due?.kind === 'date')
        overdue.push({
          rec_no: action.recNo,
          key_action_no: action.no,
          key_action: action.text,
          responsible_units: action.units,
          due: action.due.text,
          due_date: action.due.iso,
          status: status ?? null,
          days_overdue: days,
          source_file: action.source.file,
          source_sheet: action.source.sheet,
          source_row: action.source.row,
        });
    }
  }
  const recStatuses = settled.map((s) =>
    s.rounds.length ? recommendationStatus(s.rec, s.rounds[s.rounds.length - 1], true) : undefined,
  );
  return {
    key_actions_by_status: byStatus,
    key_actions_by_unit: byUnit,
    overdue_key_actions: overdue,
    implementation_rate: {
      key_actions: statuses.some((s) => s !== undefined) ? rateOf(statuses) : null,
      recommendations: recStatuses.some((s) => s !== undefined) ? rateOf(recStatuses) : null,
    },
  };
}
