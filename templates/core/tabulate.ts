/** Turns the nested count objects of tables.json into rectangular tables for sheets and CSV. */

export type TableCell = string | number | null;
export interface FlatTable {
  name: string;
  header: string[];
  rows: TableCell[][];
  /** Set when the rows are several evaluations' (flattenKindTables): whose rows are where. */
  groups?: TableGroup[];
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

/** The rows one evaluation gives a table of its kind: rows[from] to rows[to - 1]. */
export interface TableGroup {
  evaluation: string;
  from: number;
  to: number;
}

/**
 * A kind's tables as flat tables. A kind that keeps evaluations apart (`{ evaluations: { id: tables } }`) gives an
 * `evaluations` table, then one table per table name with the evaluation as its first column and each evaluation's
 * rows together, in the order of tables.json (`groups` says which rows are whose): 500 evaluations give 14 tables,
 * not 6,500. Columns are the union of the evaluations' own, in order of first appearance (a cell an evaluation
 * does not have is empty).
 */
export function flattenKindTables(kind: string, tables: unknown): FlatTable[] {
  const evaluations = isRecord(tables) && isRecord(tables.evaluations) ? Object.entries(tables.evaluations) : undefined;
  if (!evaluations) return flattenTables(kind, tables);
  const merged = new Map<string, { columns: Map<string, number>; rows: TableCell[][]; groups: TableGroup[] }>();
  for (const [id, own] of evaluations)
    for (const table of flattenTables(kind, own)) {
      let into = merged.get(table.name);
      if (!into) merged.set(table.name, (into = { columns: new Map(), rows: [], groups: [] }));
      const { columns, rows } = into;
      const at = table.header.map((h) => columns.get(h) ?? columns.set(h, columns.size).get(h)!);
      into.groups.push({ evaluation: id, from: rows.length, to: rows.length + table.rows.length });
      for (const cells of table.rows) {
        const row: TableCell[] = [id];
        cells.forEach((v, c) => (row[1 + at[c]] = v));
        rows.push(row);
      }
    }
  return [
    { name: `${kind}.evaluations`, header: ['evaluation'], rows: evaluations.map(([id]) => [id]) },
    ...[...merged].map(([name, { columns, rows, groups }]) => {
      const width = 1 + columns.size;
      for (const row of rows) for (let c = 0; c < width; c++) row[c] ??= null;
      return { name, header: ['evaluation', ...columns.keys()], rows, groups };
    }),
  ];
}
