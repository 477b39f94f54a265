/**
 * The UNFPA tracker's columns and rows (S7): one row per key action, the recommendation's cells merged down over
 * them, two dated rounds as merged groups over Status | Comments. Used by unfpa-en and unfpa-fr.
 */
import type { Cell, Due, Response, RoundStatus } from '../model.js';
import type { Column, SheetBuilder } from '../sheet-builder.js';
import { status } from '../values.js';

export const UNFPA_COLUMNS = (
  h: { r1: string; r2: string; status: string; comments: string },
  names: string[],
): Column[] => [
  { key: 'no', field: 'rec_no', header: [names[0], ''], width: 10 },
  { key: 'rec', field: 'recommendation', header: [names[1], ''], width: 46 },
  { key: 'resp', field: 'response', header: [names[2], ''], width: 26 },
  ...(names.length > 6 ? [{ key: 'why', field: 'response_rationale', header: [names[6], ''], width: 30 }] : []),
  { key: 'action', field: 'key_action', header: [names[3], ''], width: 46 },
  { key: 'due', field: 'due', header: [names[4], ''], width: 16 },
  { key: 'unit', field: 'responsible_units', header: [names[5], ''], width: 18 },
  { key: 's1', field: 'status_round', round: '2025-12', header: [h.r1, h.status], width: 16 },
  { key: 'c1', field: 'comment_round', round: '2025-12', header: [h.r1, h.comments], width: 30 },
  { key: 's2', field: 'status_round', round: '2026-06', header: [h.r2, h.status], width: 16 },
  { key: 'c2', field: 'comment_round', round: '2026-06', header: [h.r2, h.comments], width: 30 },
];

export interface UnfpaAction {
  text: string;
  due: [Cell, Due];
  unit: string;
  s1: [string, RoundStatus['class']];
  c1?: string;
  s2: [string, RoundStatus['class']];
  c2?: string;
}

export interface UnfpaRec {
  no: string;
  rec: number;
  text: string;
  response: string;
  canon: Response;
  why?: string;
  actions: UnfpaAction[];
  section?: [string, string];
}

/** One row per key action, the recommendation's cells merged down over them. Returns rows[rec][action]. */
export function writeUnfpa(b: SheetBuilder, recs: UnfpaRec[]): number[][] {
  return recs.map((r) => {
    if (r.section) b.section(r.section[0], r.section[1], { merged: true });
    const head = { no: r.no, rec: r.text, resp: r.response, why: r.why ?? null };
    if (r.actions.length === 0) return [b.record(head, { rec_no: r.rec, response: r.canon })];
    const rows = r.actions.map((a, i) =>
      b.record(
        {
          ...(i === 0 ? head : {}),
          action: `${i + 1}. ${a.text}`,
          due: a.due[0],
          unit: a.unit,
          s1: a.s1[0],
          c1: a.c1 ?? null,
          s2: a.s2[0],
          c2: a.c2 ?? null,
        },
        {
          rec_no: r.rec,
          key_action_no: `${r.rec}.${i + 1}`,
          response: r.canon,
          due: a.due[1],
          statuses: [status('2025-12', a.s1[0], a.s1[1]), status('2026-06', a.s2[0], a.s2[1])],
        },
      ),
    );
    for (const key of ['no', 'rec', 'resp', 'why']) b.mergeDown(key, rows[0], rows[rows.length - 1]);
    return rows;
  });
}
