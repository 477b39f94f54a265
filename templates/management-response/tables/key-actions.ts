/** The key-action tables of one evaluation: by status, by responsible unit, overdue, implementation rates. */
import { dict } from '../../core/dict.js';
import type { CellValue } from '../../core/types.js';
import type { CountedRecommendation } from './counted.js';
import { rateOf, statusCounts, type Counted, type StatusCounts } from './status-counts.js';

export interface KeyActionTables {
  /** Each key action once, by its latest status. */
  key_actions_by_status: StatusCounts;
  key_actions_by_unit: Record<string, StatusCounts>;
  /** Past due on the run's date and neither completed nor no longer applicable, with where each is. */
  overdue_key_actions: Record<string, CellValue>[];
  /** completed ÷ (total − no longer applicable): key actions by their latest status, recommendations by theirs. */
  implementation_rate: { key_actions: number | null; recommendations: number | null };
}

/** The key-action tables of one evaluation, from its recommendations as countRecommendations gives them. */
export function keyActionTables(counted: readonly CountedRecommendation[]): KeyActionTables {
  const byStatus = statusCounts.empty();
  const byUnit: Record<string, StatusCounts> = dict();
  const overdue: Record<string, CellValue>[] = [];
  const statuses: Counted[] = [];
  for (const c of counted)
    for (const action of c.keyActions) {
      statuses.push(action.status);
      statusCounts.count(byStatus, action.status);
      for (const unit of action.units.length ? action.units : ['(none)']) statusCounts.add(byUnit, unit, action.status);
      if (action.overdue) overdue.push(action.overdue);
    }
  const recStatuses = counted.map((c) =>
    c.rounds.length ? c.statuses[c.rounds.indexOf(c.rounds[c.rounds.length - 1])] : undefined,
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
