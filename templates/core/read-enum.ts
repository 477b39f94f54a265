/**
 * Reads a typed value of an enumerated field generously: what it matched, whether it was an alias, the nearest value.
 */
import { matchEnum, enumSpellings, type EnumDef } from './schema.js';
import { didYouMean, foldKey } from './text.js';
import type { SheetReadings } from './readings.js';
import type { Emit } from './rule.js';

export interface EnumReading<T extends string = string> {
  text: string;
  /** The canonical value; undefined when the text is no spelling of any value. */
  value?: T;
  /** The value nearest to an unknown text, for a did-you-mean. */
  suggestion?: T;
}

/**
 * Undefined for a blank cell. An alias read as its value is noted in `readings` (the cell.value-normalised rule),
 * unless `own` holds its folded spelling (a word the user's settings declare).
 */
export function readEnum<T extends string>(
  def: EnumDef,
  text: string,
  at: { row: number; field: string },
  readings: SheetReadings,
  own?: ReadonlySet<string>,
): EnumReading<T> | undefined {
  if (!text) return undefined;
  const match = matchEnum(def, text);
  if (match) {
    if (match.normalised && !own?.has(foldKey(text))) readings.normalised.push({ ...at, text, canonical: match.value });
    return { text, value: match.value as T };
  }
  const near = didYouMean(text, enumSpellings(def));
  const suggestion = near === undefined ? undefined : matchEnum(def, near)?.value;
  return suggestion === undefined ? { text } : { text, suggestion: suggestion as T };
}

/** Rows that keep their enumerated cells as read, by field. */
interface RowWithEnums<F extends string> {
  source: { row: number };
  enums: { readonly [K in F]?: EnumReading };
}

/** The check of every "value not in the list" rule: one finding per cell of `field` that matched no value. */
export function emitUnlisted<F extends string>(
  rows: readonly RowWithEnums<F>[],
  field: F,
  emit: Emit<{ value: string }>,
): void {
  for (const row of rows) {
    const read = row.enums[field];
    if (!read || read.value !== undefined) continue;
    const target = { row: row.source.row, field, value: read.text };
    emit(read.suggestion === undefined ? target : { ...target, suggestion: read.suggestion }, { value: read.text });
  }
}
