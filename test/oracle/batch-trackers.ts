/**
 * Key-action trackers for the oracle's batch (UNDP ERC and UNHCR layouts): one row per key action under its
 * recommendation, due dates as people write them, statuses of two dated rounds (with overdue flags, a word that is
 * no status, blanks), units one or two per action. Two files declare the same evaluation id; one declares none.
 */
import type { CellValue } from '../../templates/index.js';

type Pick = <T>(values: readonly T[]) => T;

export const TRACKER_HEADER = [
  'Recommendation No.',
  'Recommendation',
  'Management Response',
  'Key Action',
  'Responsible',
  'DueDate',
  'Status – June 2025',
  'Update – June 2025',
  'Status – December 2025',
  'Update – December 2025',
];

const RESPONSES = [
  'Agree',
  'Agree – the offices asked for it',
  'Partially agree as budgets allow',
  'Disagree – no mandate',
];
const DUES = ['2025/06', 'Q1 2027', 'Mar 2026', 'End May 2027', 'By 15th April', 'No due date', 'asap', null];
const STATUSES = [
  'Not Initiated',
  'Initiated',
  'Completed',
  'No Longer Applicable',
  'Overdue-Initiated',
  'paused',
  null,
];
const UNITS = ['HR', 'PROG', 'HR, PROG', 'M&E', null];

export function trackerRows(pick: Pick, rand: () => number, recs: number): CellValue[][] {
  const rows: CellValue[][] = [[...TRACKER_HEADER]];
  for (let rec = 1; rec <= recs; rec++) {
    const response = pick(RESPONSES);
    const actions = response.startsWith('Disagree') ? 0 : 1 + Math.floor(rand() * 3);
    const head = [`${rec}.`, `Recommendation ${rec}`, response];
    if (!actions) rows.push([...head, null, null, null, null, null, null, null]);
    for (let a = 1; a <= actions; a++) {
      const first = pick(STATUSES);
      const second = rand() < 0.8 ? pick(STATUSES) : null;
      rows.push([
        ...(a === 1 ? head : [null, null, null]),
        `${rec}.${a} Action ${a} of recommendation ${rec}`,
        pick(UNITS),
        pick(DUES),
        first,
        first && rand() < 0.7 ? 'Noted' : null,
        second,
        second && rand() < 0.7 ? 'Noted again' : null,
      ]);
    }
  }
  return rows;
}

/** The Settings sheet of a tracker that belongs to a declared evaluation. */
export function evaluationSettings(id: string): CellValue[][] {
  return [
    ['type', 'key', 'name'],
    ['evaluation', id, 'A tracker shared by two offices'],
  ];
}
