/** Groups matrix rows into recommendations and rolls point-level answers up. */
import type { MatrixRow } from './rows.js';
import type { ResponseValue, StatusValue } from './values.js';

export interface Recommendation {
  recNo: number;
  rows: MatrixRow[];
  /** The recommendation-level row: the row without a point, else the first row. */
  main: MatrixRow;
  points: MatrixRow[];
  /** Rows of their own under the recommendation or a point: one per key action (UNDP's tracker), in order. */
  details: MatrixRow[];
  /** Response typed on the recommendation-level row, when there are points too. */
  statedResponse?: ResponseValue;
  /** The response that counts: rolled up from the points, else the one on the row. */
  response?: ResponseValue;
  statusT2?: StatusValue;
  statusT3?: StatusValue;
}

/** All Accept → Accept; all Not accept → Not accept; any mix → Partially accept; n/a ignored. */
export function rollUpResponses(responses: readonly (ResponseValue | undefined)[]): ResponseValue | undefined {
  const counted = responses.filter((r): r is ResponseValue => r !== undefined && r !== 'n/a');
  if (!counted.length) return responses.includes('n/a') ? 'n/a' : undefined;
  if (counted.every((r) => r === 'Accept')) return 'Accept';
  if (counted.every((r) => r === 'Not accept')) return 'Not accept';
  return 'Partially accept';
}

/** Any point open → open; else completed if any completed; else discarded. Blanks ignored. */
export function rollUpStatuses(statuses: readonly (StatusValue | undefined)[]): StatusValue | undefined {
  const given = statuses.filter((s): s is StatusValue => s !== undefined);
  if (!given.length) return undefined;
  if (given.includes('open')) return 'open';
  return given.includes('completed') ? 'completed' : 'discarded';
}

export function groupRecommendations(rows: readonly MatrixRow[]): Recommendation[] {
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
      const own = list.filter((r) => !r.detail);
      const points = own.filter((r) => r.point !== '');
      const main = own.find((r) => r.point === '') ?? own[0] ?? list[0];
      const hasPointAnswers = points.some((p) => p.response !== undefined);
      const statusRows = points.some((p) => p.statusT2 || p.statusT3) ? points : [main];
      const rec: Recommendation = {
        recNo,
        rows: list,
        main,
        points,
        details: list.filter((r) => r.detail),
        response: hasPointAnswers ? rollUpResponses(points.map((p) => p.response)) : main.response,
        statusT2: rollUpStatuses(statusRows.map((r) => r.statusT2)),
        statusT3: rollUpStatuses(statusRows.map((r) => r.statusT3)),
      };
      if (hasPointAnswers && main.point === '' && main.response !== undefined) rec.statedResponse = main.response;
      return rec;
    });
}
