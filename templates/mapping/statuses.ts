/** A mapping row's status as the cross-file rules show it: canonical, else as typed, else a dash. */
import type { SheetAnalysis } from '../core/kind.js';
import type { FindingTarget } from '../core/rule.js';
import type { MappingRow } from './rows.js';

export function shownStatus(row: MappingRow): string {
  return row.status ?? (row.statusText || '—');
}

/** Pairs of rows for one agency × standard that come from two files: the first row, then each later one. */
export function crossFilePairs<T extends { row: MappingRow }>(keyed: readonly (T & { key: string })[]): [T, T][] {
  const first = new Map<string, T>();
  const pairs: [T, T][] = [];
  for (const item of keyed) {
    const earlier = first.get(item.key);
    if (!earlier) first.set(item.key, item);
    else if (earlier.row.source.file !== item.row.source.file) pairs.push([earlier, item]);
  }
  return pairs;
}

type Keyed = { row: MappingRow; sheet: SheetAnalysis };

/** Where the cross-file rules report a pair (the later row, suggesting the first's status) and with what params. */
export function pairFinding([earlier, later]: [Keyed, Keyed]) {
  const [first, row] = [earlier.row, later.row];
  const target: FindingTarget = {
    table: later.sheet.table,
    row: row.source.row,
    field: 'status',
    ...(row.wide ? { cell: row.wide.cell } : {}),
    value: shownStatus(row),
    suggestion: shownStatus(first),
  };
  const params = {
    agency: row.agencyKey,
    standard: row.standard!.id,
    file1: first.source.file,
    row1: first.source.row,
    value1: shownStatus(first),
    file2: row.source.file,
    row2: row.source.row,
    value2: shownStatus(row),
  };
  return { target, params, same: params.value1 === params.value2 };
}
