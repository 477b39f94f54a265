/**
 * The derived fields of a matrix record (never written over a user's cell): names from the settings, the response
 * rolled up, the evaluation it belongs to, and what its key actions and rounds come to.
 */
import type { CellValue } from '../core/types.js';
import type { MatrixRow } from './rows.js';
import type { MatrixContext } from './rules/context.js';
import { pillarOf } from './tables/index.js';
import { daysOverdue, type KeyAction } from './key-actions/records.js';
import type { Recommendation } from './recommendations.js';

/** Names first, for a reader; then what the tables count by, so every figure can be recounted from the rows. */
export const MATRIX_DERIVED = [
  'pillar_name',
  'criterion_name',
  'response_rollup',
  'responsible_unit_names',
  'support_unit_names',
  'evaluation',
  'pillar_number',
  'due_date',
  'days_overdue',
  'latest_status',
  'key_actions_count',
  'key_action_units',
  'key_action_row',
  'round_statuses',
] as const;

/** "t2=completed; 2025-12=in progress": each round's status as read (unknown for a word that is no status). */
function roundStatuses(row: MatrixRow): string {
  return row.rounds
    .filter((c) => c.status)
    .map((c) => `${c.round}=${c.status!.value ?? 'unknown'}`)
    .join('; ');
}

/** A pillar's name; none when the sheet gives only its number. */
function pillarName(ctx: MatrixContext, number: number | undefined): string | null {
  const name = ctx.settings.pillars.find((p) => p.number === number)?.name;
  return name && name !== String(number) ? name : null;
}

/** Each row's derived fields, the lookups built once per sheet. */
export function enricher(ctx: MatrixContext, evaluation: string): (row: MatrixRow) => Record<string, CellValue> {
  const byNumber = new Map(ctx.recs.map((r) => [r.recNo, r]));
  const byRow = new Map<MatrixRow, KeyAction[]>();
  for (const action of ctx.keyActions)
    (byRow.get(action.row) ?? byRow.set(action.row, []).get(action.row)!).push(action);
  const tracked = ctx.rounds.some((r) => r.status);
  return (row) =>
    enrich(row, ctx, evaluation, {
      rec: row.recNo === undefined ? undefined : byNumber.get(row.recNo),
      actions: byRow.get(row) ?? [],
      tracked,
    });
}

function enrich(
  row: MatrixRow,
  ctx: MatrixContext,
  evaluation: string,
  { rec, actions, tracked }: { rec?: Recommendation; actions: KeyAction[]; tracked: boolean },
): Record<string, CellValue> {
  const pillarNumber = rec ? pillarOf(rec, ctx.settings) : row.pillar;
  const latest = [...row.rounds].reverse().find((c) => c.status);
  const overdue = tracked && actions.length ? daysOverdue(actions[0], ctx.asOf) : undefined;
  return {
    evaluation,
    pillar_number: pillarNumber ?? null,
    pillar_name: pillarName(ctx, pillarNumber),
    criterion_name: ctx.criteria.digit(row.criterionRef)?.name ?? null,
    response_rollup: rec?.response ?? null,
    responsible_unit_names: row.responsibleText ? ctx.units.names(row.responsibleText) : null,
    support_unit_names: row.supportText ? ctx.units.names(row.supportText) : null,
    key_action_row: row.continues,
    key_actions_count: actions.length,
    key_action_units: actions[0]?.units || null,
    due_date: row.due?.kind === 'date' && row.due.iso ? row.due.iso : null,
    days_overdue: overdue ?? null,
    latest_status: latest ? (latest.status!.value ?? 'unknown') : null,
    round_statuses: roundStatuses(row) || null,
  };
}
