/** Turns the nested count objects of tables.json into rectangular tables for sheets and CSV. */

export type TableCell = string | number | null;
export interface FlatTable {
  name: string;
  header: string[];
  rows: TableCell[][];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * {a: 1, b: 2} → key | count; {p1: {x: 1}, p2: {x: 2}} → key | x; {by_pillar: {...}, by_unit: {...}}
 * → one table each, named parent.child; a number alone → name | value; arrays of objects → their keys.
 */
export function flattenTables(name: string, value: unknown, keyLabel = 'key'): FlatTable[] {
  if (Array.isArray(value)) {
    const header = [...new Set(value.flatMap((item) => (isRecord(item) ? Object.keys(item) : [])))];
    const rows = value.map((item) => header.map((h) => cellOf(isRecord(item) ? item[h] : null)));
    return [{ name, header, rows }];
  }
  if (!isRecord(value)) return [{ name, header: ['value'], rows: [[cellOf(value)]] }];
  const entries = Object.entries(value);
  if (entries.every(([, v]) => !isRecord(v) && !Array.isArray(v))) {
    return [{ name, header: [keyLabel, 'count'], rows: entries.map(([k, v]) => [k, cellOf(v)]) }];
  }
  if (entries.every(([, v]) => isRecord(v) && Object.values(v).every((x) => !isRecord(x) && !Array.isArray(x)))) {
    const columns = [...new Set(entries.flatMap(([, v]) => Object.keys(v as object)))];
    return [
      {
        name,
        header: [keyLabel, ...columns],
        rows: entries.map(([k, v]) => [k, ...columns.map((c) => cellOf((v as Record<string, unknown>)[c]))]),
      },
    ];
  }
  return entries.flatMap(([k, v]) => flattenTables(`${name}.${k}`, v, k.startsWith('by_') ? k.slice(3) : keyLabel));
}

function cellOf(v: unknown): TableCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}
