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
  // A list with no entries (no overdue action) has no columns to show: no table.
  if (Array.isArray(value) && !value.length) return [];
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

/**
 * A kind's tables as flat tables. A kind that keeps evaluations apart (`{ evaluations: { id: tables } }`) gives an
 * `evaluations` table (each id and its key) and each evaluation's tables under its key: e1, e2… when there are
 * several, none when there is one.
 */
export function flattenKindTables(kind: string, tables: unknown): FlatTable[] {
  const evaluations = isRecord(tables) && isRecord(tables.evaluations) ? Object.entries(tables.evaluations) : undefined;
  if (!evaluations) return flattenTables(kind, tables);
  const many = evaluations.length > 1;
  return [
    {
      name: `${kind}.evaluations`,
      header: ['evaluation', 'key'],
      rows: evaluations.map(([id], i) => [id, many ? `e${i + 1}` : null]),
    },
    ...evaluations.flatMap(([, own], i) => flattenTables(many ? `${kind}.e${i + 1}` : kind, own)),
  ];
}
