/**
 * Round-to-round comparison of consolidated records: pure, no I/O. The pipeline reads two records.json
 * files; the add-in could compare two sheets the same way.
 */
import type { CellValue, SourceRef } from './types.js';
import { foldKey, isoDay } from './text.js';

export interface DiffInputRecord {
  source: SourceRef;
  values: Record<string, CellValue>;
}

/** How each kind names a record across rounds, and which fields carry a status with a direction. */
export interface DiffRule {
  key: readonly string[];
  statusFields: readonly string[];
  /** Rank of each status: higher is further along; a status missing here has no direction. */
  rank: Readonly<Record<string, number>>;
}

export const DIFF_RULES: Readonly<Record<string, DiffRule>> = {
  'management-response': {
    key: ['rec_no', 'point'],
    statusFields: ['status_t2', 'status_t3', 'status', 'rec_status'],
    // "open" is how records written before the four status classes said in progress.
    rank: { '': 0, 'not started': 1, 'in progress': 2, open: 2, completed: 3 },
  },
  mapping: {
    key: ['agency', 'standard'],
    statusFields: ['status'],
    rank: { '': 0, 'Not in place': 1, 'In progress': 2, 'In place': 3 },
  },
  'action-plan': {
    key: ['task'],
    statusFields: ['status'],
    rank: { '': 0, 'Not started': 1, Delayed: 1, 'In progress': 2, Completed: 3 },
  },
  'focal-points': { key: ['agency', 'name'], statusFields: [], rank: {} },
  'partner-assessment': {
    key: ['agency', 'partner_id', 'partner', 'assessment_date', 'standard'],
    statusFields: ['rating'],
    rank: { '': 0, '1': 1, '2': 2, '3': 3 },
  },
};

export type ChangeType = 'new' | 'updated' | 'unchanged' | 'removed';
export type Direction = 'forward' | 'back' | 'lateral';

export interface StatusTransition {
  kind: string;
  key: string;
  /** The key as written in the current round, for display. */
  label: string;
  field: string;
  from: string;
  to: string;
  direction: Direction;
  source?: SourceRef;
}

export interface RecordChange {
  kind: string;
  /** Folded key the rounds are matched on (case, accents and spacing ignored). */
  key: string;
  /** The key as written (current round, or the previous one for a removed record). */
  label: string;
  change: ChangeType;
  /** Fields whose value differs (updated only). */
  fields: string[];
  /** Where the record is now (absent when removed) and where it was (absent when new). */
  source?: SourceRef;
  previousSource?: SourceRef;
}

/** A key several records of one round share: they are matched to the other round in order (#2, #3, …). */
export interface DuplicateKey {
  kind: string;
  key: string;
  label: string;
  round: 'previous' | 'current';
  count: number;
}

export interface RoundDiff {
  changes: RecordChange[];
  transitions: StatusTransition[];
  counts: Record<ChangeType, number>;
  duplicates: DuplicateKey[];
}

/** Comparable text of a cell: dates as ISO days, blanks as ''. */
export function normalValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return String(value).trim();
}

/** Key of each record; a key seen twice in one round gets " #2", " #3" so no record is lost. */
export function recordLabel(record: DiffInputRecord, rule: DiffRule): string {
  return rule.key
    .map((k) => normalValue(record.values[k]))
    .filter(Boolean)
    .join(' · ');
}

/**
 * Records by key, in linear time however many share one: each key remembers the last suffix it gave, so
 * 40,000 records on one key cost 40,000 steps, not 800 million. `duplicates` receives each shared key once.
 */
export function keyRecords(
  records: readonly DiffInputRecord[],
  rule: DiffRule,
  duplicates?: (key: string, label: string, count: number) => void,
): Map<string, DiffInputRecord> {
  const keyed = new Map<string, DiffInputRecord>();
  const shared = new Map<string, { count: number; suffix: number; first: DiffInputRecord }>();
  for (const record of records) {
    const base = rule.key.map((k) => foldKey(normalValue(record.values[k]))).join(' · ');
    const seen = shared.get(base);
    if (!seen) {
      shared.set(base, { count: 1, suffix: 1, first: record });
      if (!keyed.has(base)) {
        keyed.set(base, record);
        continue;
      }
    }
    const entry = seen ?? shared.get(base)!;
    if (seen) entry.count++;
    let key: string;
    do key = `${base} #${++entry.suffix}`;
    while (keyed.has(key)); // a key written as "x #2" by the user
    keyed.set(key, record);
  }
  if (duplicates)
    for (const [key, { count, first }] of shared) if (count > 1) duplicates(key, recordLabel(first, rule), count);
  return keyed;
}

export function direction(rule: DiffRule, from: string, to: string): Direction {
  // Own ranks only: a status typed "constructor" has none.
  const a = Object.hasOwn(rule.rank, from) ? rule.rank[from] : undefined;
  const b = Object.hasOwn(rule.rank, to) ? rule.rank[to] : undefined;
  if (a === undefined || b === undefined || a === b) return 'lateral';
  return b > a ? 'forward' : 'back';
}

export function diffRecords(
  kind: string,
  previous: readonly DiffInputRecord[],
  current: readonly DiffInputRecord[],
): RoundDiff {
  const rule = (Object.hasOwn(DIFF_RULES, kind) ? DIFF_RULES[kind] : undefined) ?? {
    key: [],
    statusFields: [],
    rank: {},
  };
  const duplicates: DuplicateKey[] = [];
  const note = (round: DuplicateKey['round']) => (key: string, label: string, count: number) =>
    duplicates.push({ kind, key, label, round, count });
  const before = keyRecords(previous, rule, note('previous'));
  const after = keyRecords(current, rule, note('current'));
  const changes: RecordChange[] = [];
  const transitions: StatusTransition[] = [];
  for (const [key, record] of after) {
    const old = before.get(key);
    if (!old) {
      changes.push({ kind, key, label: recordLabel(record, rule), change: 'new', fields: [], source: record.source });
      continue;
    }
    const names = [...new Set([...Object.keys(old.values), ...Object.keys(record.values)])];
    const fields = names.filter((f) => normalValue(old.values[f]) !== normalValue(record.values[f]));
    changes.push({
      kind,
      key,
      label: recordLabel(record, rule),
      change: fields.length ? 'updated' : 'unchanged',
      fields,
      source: record.source,
      previousSource: old.source,
    });
    for (const field of rule.statusFields.filter((f) => fields.includes(f))) {
      const from = normalValue(old.values[field]);
      const to = normalValue(record.values[field]);
      transitions.push({
        kind,
        key,
        label: recordLabel(record, rule),
        field,
        from,
        to,
        direction: direction(rule, from, to),
        source: record.source,
      });
    }
  }
  for (const [key, record] of before) {
    if (!after.has(key))
      changes.push({
        kind,
        key,
        label: recordLabel(record, rule),
        change: 'removed',
        fields: [],
        previousSource: record.source,
      });
  }
  const counts: Record<ChangeType, number> = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const c of changes) counts[c.change]++;
  return { changes, transitions, counts, duplicates };
}

/** Several kinds at once: records grouped by kind on each side. */
export function diffRounds(
  previous: Readonly<Record<string, readonly DiffInputRecord[]>>,
  current: Readonly<Record<string, readonly DiffInputRecord[]>>,
): RoundDiff {
  const kinds = [...new Set([...Object.keys(previous), ...Object.keys(current)])];
  const parts = kinds.map((k) => diffRecords(k, previous[k] ?? [], current[k] ?? []));
  const counts: Record<ChangeType, number> = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const p of parts) for (const t of Object.keys(counts) as ChangeType[]) counts[t] += p.counts[t];
  return {
    changes: parts.flatMap((p) => p.changes),
    transitions: parts.flatMap((p) => p.transitions),
    counts,
    duplicates: parts.flatMap((p) => p.duplicates),
  };
}
