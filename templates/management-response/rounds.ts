/**
 * Monitoring rounds: Time 2 and Time 3 (the template's own columns), Time 4 and later, dated rounds ("Status – June
 * 2025", "Implementation status update – 31 December 2025" over Status / Comments), and a key action's current
 * status when no round is named. Each round has a key ("t2", "2025-12", "current"), an order, and the columns of
 * its status and comment.
 */
import type { ParsedTable } from '../core/table.js';
import { fieldKey } from '../core/header.js';
import { foldKey } from '../core/text.js';
import { parsePeriod } from './key-actions/periods.js';
import type { MatrixSettings } from './settings.js';

/** Where one round's status or comment is in the table: a field of its own, or a round field's column. */
export interface RoundColumn {
  field: string;
  /** 0-based index in the table's rows. */
  index: number;
  header: string;
  /** The record value's key: the field, or "status_round@2025-12" for a round the header names. */
  key: string;
  /** The round the header names (status_round, comment_round): its column is one of several of the field. */
  param?: string;
}

export interface Round {
  key: string;
  /** The round as shown: a name from the settings, else its key. */
  name: string;
  status?: RoundColumn;
  comment?: RoundColumn;
}

const NUMBERED = /\b(?:time|temps|tiempo|round|ronda|cycle|ciclo|t)\s*(\d)\b/;

/** The round a header names: "t4" for Time 4 and later, "yyyy-mm" (or "yyyy-qN", "yyyy") for a date. */
export function roundKey(header: string): string | undefined {
  if (/^\d{4}(?:-(?:\d{2}|q[1-4]))?$/i.test(header.trim())) return header.trim().toLowerCase();
  const folded = foldKey(header);
  const numbered = NUMBERED.exec(folded);
  if (numbered) return `t${numbered[1]}`;
  const words = folded.split(' ');
  const at = words.findIndex((w) => /^(?:19|20|21)\d\d$/.test(w));
  if (at < 0) return undefined;
  for (let from = Math.max(0, at - 2); from <= at; from++) {
    const period = parsePeriod(words.slice(from, at + 1).join(' '));
    if (!period?.year) continue;
    if (period.month) return `${period.year}-${String(period.month).padStart(2, '0')}`;
    return period.quarter ? `${period.year}-q${period.quarter}` : String(period.year);
  }
  return undefined;
}

/** A round as the settings name it: "t2", "Time 2", "2025-12", "December 2025" or "current". */
export function settingsRound(key: string): string {
  return foldKey(key) === 'current' ? 'current' : (roundKey(key) ?? foldKey(key));
}

const FIXED: readonly { key: string; status: string; comment: string }[] = [
  { key: 't2', status: 'status_t2', comment: 'comment_t2' },
  { key: 't3', status: 'status_t3', comment: 'comment_t3' },
  { key: 'current', status: 'status', comment: 'comment' },
];

/** One collator for every sort: localeCompare with options builds one per call (3% of a bench validate). */
const NUMERIC = new Intl.Collator('en', { numeric: true });

/** Time N first by N, then dated rounds by date, then the current status. */
function order(key: string): [number, string] {
  if (key === 'current') return [2, ''];
  const time = /^t(\d)$/.exec(key);
  return time ? [0, time[1]] : [1, key];
}

/** The rounds of a table, in order; the settings may name them (`round | t2 | December 2025`). */
export function roundsOf(table: ParsedTable, settings: MatrixSettings): Round[] {
  const byKey = new Map<string, Round>();
  const named = (key: string) => settings.rounds.find((r) => settingsRound(r.key) === key)?.name ?? key;
  const round = (key: string) => byKey.get(key) ?? byKey.set(key, { key, name: named(key) }).get(key)!;
  const header = (index: number) => table.header.columns.find((c) => c.index === index)?.header ?? '';
  for (const fixed of FIXED)
    for (const part of ['status', 'comment'] as const) {
      const index = table.header.fieldColumns[fixed[part]];
      if (index !== undefined)
        round(fixed.key)[part] = { field: fixed[part], index, header: header(index), key: fixed[part] };
    }
  for (const col of table.header.columns) {
    const part = col.field === 'status_round' ? 'status' : col.field === 'comment_round' ? 'comment' : undefined;
    if (!part || col.param === undefined) continue;
    const key = fieldKey(col.field!, col.param);
    if (table.header.fieldColumns[key] !== col.index || round(col.param)[part]) continue;
    round(col.param)[part] = { field: col.field!, index: col.index, header: col.header, key, param: col.param };
  }
  const listed = settings.rounds.map((r) => settingsRound(r.key));
  return [...byKey.values()].sort((a, b) => {
    const [la, lb] = [listed.indexOf(a.key), listed.indexOf(b.key)];
    if (la >= 0 && lb >= 0) return la - lb;
    const [oa, ob] = [order(a.key), order(b.key)];
    return oa[0] - ob[0] || NUMERIC.compare(oa[1], ob[1]);
  });
}
