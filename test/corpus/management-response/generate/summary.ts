/**
 * Counts and tables a correct reader must compute, derived from the expected records of a file:
 * recommendations by rolled-up response, key actions by their latest status, overdue actions, implementation rates.
 */
import type { ExpectedFile, ExpectedRecord, ExpectedSheet, Response, StatusClass } from './model.js';

export function rollup(responses: (Response | undefined)[]): Response | undefined {
  const known = responses.filter((r): r is Response => r !== undefined);
  if (known.length === 0) return undefined;
  if (known.every((r) => r === 'Accept')) return 'Accept';
  if (known.every((r) => r === 'Not accept')) return 'Not accept';
  return 'Partially accept';
}

const recordsOf = (sheets: ExpectedSheet[]) => sheets.flatMap((s) => (s.role === 'matrix' ? (s.records ?? []) : []));

/** The response of each recommendation: its own, or the roll-up of its points'. */
export function responsesByRec(records: ExpectedRecord[]): Map<number, Response | undefined> {
  const byRec = new Map<number, ExpectedRecord[]>();
  for (const r of records) byRec.set(r.rec_no, [...(byRec.get(r.rec_no) ?? []), r]);
  const out = new Map<number, Response | undefined>();
  for (const [rec, rows] of byRec) {
    const points = rows.filter((r) => r.point !== undefined);
    if (points.length === 0) out.set(rec, rows.find((r) => r.response)?.response);
    else {
      const byPoint = new Map(points.map((p) => [p.point, p.response]));
      out.set(rec, rollup([...byPoint.values()]));
    }
  }
  return out;
}

const latestClass = (r: ExpectedRecord): StatusClass | null | undefined =>
  [...(r.statuses ?? [])].reverse().find((s) => s.written !== '')?.class;

export function summarise(file: Omit<ExpectedFile, 'summary' | 'tables'>): Pick<ExpectedFile, 'summary' | 'tables'> {
  const records = recordsOf(file.sheets);
  const responses = responsesByRec(records);
  const acceptance: Record<string, number> = { Accept: 0, 'Partially accept': 0, 'Not accept': 0 };
  for (const r of responses.values()) if (r) acceptance[r]++;
  const keyActions = records.filter((r) => r.key_action_no !== undefined);
  const inCell = records.reduce((n, r) => n + (r.key_actions_in_cell ?? 0), 0);
  const byStatus: Record<string, number> = {};
  const overdue: Record<string, number> = {};
  for (const r of records) {
    const cls = latestClass(r);
    if (cls === undefined) continue;
    byStatus[cls ?? 'unknown'] = (byStatus[cls ?? 'unknown'] ?? 0) + 1;
    const open = cls !== 'completed' && cls !== 'no_longer_applicable';
    const late = r.due?.iso !== undefined && r.due.iso < file.as_of;
    if (open && (late || r.statuses?.some((s) => s.overdue_flag))) overdue[String(r.row)] = r.rec_no;
  }
  const done = byStatus.completed ?? 0;
  const counted = Object.entries(byStatus).reduce((n, [k, v]) => n + (k === 'no_longer_applicable' ? 0 : v), 0);
  const points = new Set(records.filter((r) => r.point !== undefined).map((r) => `${r.rec_no}${r.point}`));
  return {
    summary: {
      recommendations: responses.size,
      points: points.size,
      key_actions: keyActions.length + inCell,
      records: records.length,
    },
    tables: {
      acceptance,
      statuses_latest: byStatus,
      overdue_rows_to_rec: overdue,
      ...(counted > 0 ? { implementation_rate_percent: { rows: Math.round((1000 * done) / counted) / 10 } } : {}),
    },
  };
}
