/** The columns of a record in every output that lists records (consolidated.xlsx, the CSV exports), and sheet names. */
import { takesParameter, type CellValue, type FieldDef, type OutputRecord } from '../../templates/index.js';
import type { KindOutput } from '../consolidate.js';

export const PROVENANCE = ['source_file', 'source_sheet', 'source_row'] as const;

/** Excel sheet names: 31 characters, none of []:*?/\ . */
export function sheetName(text: string, taken: Set<string>): string {
  const base = text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Header of an extra column: the input's own header, marked as not a template field. */
export const EXTRA_PREFIX = 'extra: ';

export function recordHeader(kind: Pick<KindOutput, 'fields' | 'derived' | 'extra'>): string[] {
  return [...PROVENANCE, ...kind.fields, ...kind.derived, ...(kind.extra ?? []).map((h) => EXTRA_PREFIX + h)];
}

export function recordRow(kind: Pick<KindOutput, 'fields' | 'derived' | 'extra'>, record: OutputRecord): CellValue[] {
  return [
    record.source.file,
    record.source.sheet,
    record.source.row,
    ...kind.fields.map((f) => record.values[f] ?? null),
    ...kind.derived.map((f) => record.derived[f] ?? null),
    ...(kind.extra ?? []).map((h) => record.extra?.[h] ?? null),
  ];
}

/** Keys of fields that take a parameter (a dated round's status, "status_round@2025-12") the records hold, in the
 * order they first appear; `into` gathers them across calls. */
export function parameterKeys(records: readonly OutputRecord[], into = new Set<string>()): Set<string> {
  for (const record of records) for (const key of Object.keys(record.values)) if (key.includes('@')) into.add(key);
  return into;
}

/**
 * The output's field columns: the template's fields, a field that takes a parameter as one column per parameter
 * the records hold, in the order they first appear.
 */
export function outputFields(fields: readonly FieldDef[], keyed: ReadonlySet<string>): string[] {
  return fields.flatMap((f) => (takesParameter(f) ? [...keyed].filter((k) => k.startsWith(`${f.key}@`)) : [f.key]));
}
