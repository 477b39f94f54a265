/** Groups matrix rows into recommendations, their points and key-action rows, and rolls point-level answers up. */
import type { MatrixRow } from './rows.js';
import type { ResponseValue, StatusValue } from './values.js';
import { MATRIX } from './fields.js';
import { cellText, isBlank } from '../core/text.js';

export interface Recommendation {
  recNo: number;
  /** Every row of it, in sheet order: its own, its points' and the key-action rows under them. */
  rows: MatrixRow[];
  /** The recommendation-level row: the row without a point, else the first row. */
  main: MatrixRow;
  /** The first row of each point (a, b, …); key-action rows under a point are not points. */
  points: MatrixRow[];
  /** Rows of their own under the recommendation or a point: one per key action (UNDP's tracker), in order. */
  details: MatrixRow[];
  /** Response typed on the recommendation-level row, when there are points too. */
  statedResponse?: ResponseValue;
  /** The response that counts: rolled up from the points, else the one on the row. */
  response?: ResponseValue;
}

/** All Accept → Accept; all Not accept → Not accept; any mix → Partially accept; n/a ignored. */
export function rollUpResponses(responses: readonly (ResponseValue | undefined)[]): ResponseValue | undefined {
  const counted = responses.filter((r): r is ResponseValue => r !== undefined && r !== 'n/a');
  if (!counted.length) return responses.includes('n/a') ? 'n/a' : undefined;
  if (counted.every((r) => r === 'Accept')) return 'Accept';
  if (counted.every((r) => r === 'Not accept')) return 'Not accept';
  return 'Partially accept';
}

/**
 * Several statuses as one: all completed (or no longer applicable) → completed; all no longer applicable → no
 * longer applicable; all not started (or no longer applicable) → not started; any other mix → in progress.
 */
export function rollUpStatuses(statuses: readonly (StatusValue | undefined)[]): StatusValue | undefined {
  const given = statuses.filter((s): s is StatusValue => s !== undefined);
  if (!given.length) return undefined;
  const live = given.filter((s) => s !== 'no longer applicable');
  if (!live.length) return 'no longer applicable';
  if (live.every((s) => s === 'completed')) return 'completed';
  if (live.every((s) => s === 'not started')) return 'not started';
  return 'in progress';
}

function hasKeyAction(row: MatrixRow): boolean {
  return !!(row.keyAction || row.keyActions || row.due || row.rounds.length);
}

const VARIES = new Set(MATRIX.continuation?.repeats?.varies ?? []);

/** Every other cell the row fills (its reference, criterion, links…) says what the head row says. */
function othersAgree(row: MatrixRow, head: MatrixRow): boolean {
  return Object.entries(row.record.values).every(
    ([key, value]) =>
      VARIES.has(key.split('@')[0]) ||
      isBlank(value) ||
      ['rec_no', 'point', 'recommendation', 'response'].includes(key) ||
      cellText(value) === cellText(head.record.values[key]),
  );
}

/**
 * Marks the rows that continue the recommendation (or point) above with another key action: one row per key
 * action, the number left blank, merged down or repeated, the recommendation and its response blank or the same.
 * A row with its own recommendation text, response or an action already listed is a row of its own (a duplicate).
 */
export function markKeyActionRows(rows: readonly MatrixRow[]): void {
  let head: MatrixRow | undefined;
  let actions = new Set<string>();
  for (const row of rows) {
    const action = row.keyAction || row.keyActions;
    if (row.continues) {
      // A detail row of the table (its number blank, or the recommendation written again): head's key action.
      if (action) actions.add(action);
      continue;
    }
    const blankNumber = !row.recText && row.recNo === undefined && !row.pointText;
    const same = head !== undefined && (blankNumber || (row.recNo === head.recNo && row.point === head.point));
    const continues =
      same &&
      hasKeyAction(row) &&
      (!row.recommendation || row.recommendation === head!.recommendation) &&
      (!row.responseText || row.responseText === head!.responseText) &&
      othersAgree(row, head!) &&
      !(action && actions.has(action));
    if (continues) {
      row.continues = true;
      row.recNo = head!.recNo;
      row.point = head!.point;
      if (action) actions.add(action);
      continue;
    }
    if (row.recNo === undefined) continue;
    head = row;
    actions = new Set(row.keyAction || row.keyActions ? [row.keyAction || row.keyActions] : []);
  }
}

export function groupRecommendations(rows: readonly MatrixRow[]): Recommendation[] {
  markKeyActionRows(rows);
  const byNumber = new Map<number, MatrixRow[]>();
  for (const row of rows) {
    if (row.recNo === undefined) continue;
    const list = byNumber.get(row.recNo) ?? [];
    list.push(row);
    byNumber.set(row.recNo, list);
  }
  return [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([recNo, list]) => {
      const own = list.filter((r) => !r.continues);
      const points = own.filter((r) => r.point !== '');
      const main = own.find((r) => r.point === '') ?? own[0] ?? list[0];
      const hasPointAnswers = points.some((p) => p.response !== undefined);
      const rec: Recommendation = {
        recNo,
        rows: list,
        main,
        points,
        details: list.filter((r) => r.continues),
        ...(hasPointAnswers
          ? { response: rollUpResponses(points.map((p) => p.response)) }
          : main.response === undefined
            ? {}
            : { response: main.response }),
      };
      if (rec.response === undefined) delete rec.response;
      if (hasPointAnswers && main.point === '' && main.response !== undefined) rec.statedResponse = main.response;
      return rec;
    });
}

/** The response that applies to a row: its point's, else the recommendation's. */
export function responseOf(rec: Recommendation, row: MatrixRow): ResponseValue | undefined {
  if (!row.point) return rec.response;
  return rec.points.find((p) => p.point === row.point)?.response ?? rec.response;
}

/** The rows whose statuses count for a recommendation: every row that has one (points, key-action rows). */
export function statusRows(rec: Recommendation): MatrixRow[] {
  const rows = rec.rows.filter((r) => r.rounds.some((c) => c.status));
  return rows.length ? rows : [rec.main];
}

/** A row's status in one round, as read (undefined when blank or not a status). */
export function statusIn(row: MatrixRow, round: string): StatusValue | undefined {
  return row.rounds.find((c) => c.round === round)?.status?.value;
}

/** A recommendation's status in a round: its stated status for the latest one, else the roll-up of its rows. */
export function recStatusIn(rec: Recommendation, round: string, latest: boolean): StatusValue | undefined {
  if (latest && rec.main.recStatus) return rec.main.recStatus;
  const rows = statusRows(rec);
  const points = rows.filter((r) => r.point !== '');
  return rollUpStatuses((points.length ? points : rows).map((r) => statusIn(r, round)));
}
