/**
 * The recommendations as a batch keeps them until its end: what the tables read (numbers, pillars, criteria
 * references, responses, statuses by round, responsible units, key actions' text and due dates), without the row
 * text they never read (recommendation, rationale, comments, the record's cells). A row met twice (a recommendation's
 * main row, a key action's row) stays one object.
 */
import type { MatrixRow } from '../rows.js';
import type { Recommendation } from '../recommendations.js';
import type { SettledRecommendation } from './settled.js';

function rowCutter(): (row: MatrixRow) => MatrixRow {
  const cut = new Map<MatrixRow, MatrixRow>();
  return (row) => {
    let short = cut.get(row);
    if (!short) {
      short = {
        ...row,
        record: { source: row.source, values: {}, inherited: [] },
        recommendation: '',
        rationale: '',
        keyActions: '',
        keyAction: '',
        linkedText: '',
        supportText: '',
        responseReason: '',
        units: [],
        enums: {},
        rounds: row.rounds.map((cell) => ({ ...cell, comment: '' })),
      };
      cut.set(row, short);
      cut.set(short, short);
    }
    return short;
  };
}

export function batchRecommendations(settled: readonly SettledRecommendation[]): SettledRecommendation[] {
  const cut = rowCutter();
  return settled.map((s) => {
    const rec: Recommendation = {
      ...s.rec,
      rows: s.rec.rows.map(cut),
      main: cut(s.rec.main),
      points: s.rec.points.map(cut),
      details: s.rec.details.map(cut),
    };
    return { ...s, rec, keyActions: s.keyActions.map((a) => ({ ...a, comment: '', row: cut(a.row) })) };
  });
}
