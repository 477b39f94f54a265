import type { Lang } from './types.js';
import { foldKey } from './text.js';

export type Localised = Record<Lang, string>;

/** One allowed value of an enumerated field, with every spelling people use for it. */
export interface EnumValue {
  value: string;
  label: Localised;
  aliases: readonly string[];
}

export interface EnumDef {
  id: string;
  values: readonly EnumValue[];
}

export type FieldType = 'text' | 'integer' | 'enum' | 'date' | 'codes';

export interface FieldDef {
  key: string;
  label: Localised;
  /** Header spellings in EN/FR/ES; matched case- and accent-insensitively. */
  aliases: readonly string[];
  type: FieldType;
  enumId?: string;
  required?: boolean;
  width?: number;
  hxl?: string;
}

/** A section row ("Pillar 2: …") sets `field` on the records below it. */
export interface SectionRule {
  pattern: RegExp;
  field: string;
}

/** One row per sub-item: a row with `marker` set and the key blank continues the record above. */
export interface ContinuationRule {
  marker: string;
  /** The field naming the record: a continuation row that types another value starts a new record. */
  key: string;
  inherit: readonly string[];
}

/**
 * A column whose header names one item of a list rather than a field: a standard of a wide checklist ("3. PSEA focal
 * point" holds a status), a period of a Gantt ("Q1 2026" holds a mark). The kind unpivots or reads these columns.
 */
export interface KeyedColumn {
  /** The field the column's cells hold. */
  field: string;
  /** Which item: a standard id, a period. */
  key: string;
  /** The field the item stands for: a checklist's standard columns stand for the `standard` column. */
  stands?: string;
}

export interface TemplateDef {
  kind: string;
  title: Localised;
  fields: readonly FieldDef[];
  enums: Readonly<Record<string, EnumDef>>;
  /** Fields whose presence makes a row a data row. */
  keyFields: readonly string[];
  section?: SectionRule;
  continuation?: ContinuationRule;
  /** Reads a header that maps to no field as a keyed column (each counts towards the header's score). */
  keyedColumn?: (header: string) => KeyedColumn | undefined;
  /** Fewest recognised columns for a sheet to count as this template. */
  minColumns: number;
  /** Lines of the Instructions sheet of a blank template. */
  instructions: readonly Localised[];
}

export interface EnumMatch {
  value: string;
  /** The text typed was an alias, not the canonical value or one of its template labels. */
  normalised: boolean;
}

const enumIndexCache = new WeakMap<EnumDef, Map<string, string>>();

function enumIndex(def: EnumDef): Map<string, string> {
  let index = enumIndexCache.get(def);
  if (!index) {
    index = new Map();
    for (const item of def.values) {
      for (const spelling of [item.value, ...Object.values(item.label), ...item.aliases]) {
        index.set(foldKey(spelling), item.value);
      }
    }
    enumIndexCache.set(def, index);
  }
  return index;
}

/** Canonical value for a typed text, or undefined when no alias matches. */
export function matchEnum(def: EnumDef, text: string): EnumMatch | undefined {
  const value = enumIndex(def).get(foldKey(text));
  if (value === undefined) return undefined;
  const typed = text.trim();
  const item = def.values.find((v) => v.value === value);
  const official = typed === value || (item !== undefined && Object.values(item.label).includes(typed));
  return { value, normalised: !official };
}

export function enumLabels(def: EnumDef, lang: Lang): string[] {
  return def.values.map((item) => item.label[lang]);
}

/** Canonical value → its labels: the terms a rule renders an enumerated param with, in the user's language. */
export function enumTerms(def: EnumDef): Readonly<Record<string, Localised>> {
  return Object.fromEntries(def.values.map((item) => [item.value, item.label]));
}

/** Every spelling of every value: the candidates for a did-you-mean. */
export function enumSpellings(def: EnumDef): string[] {
  return def.values.flatMap((item) => [item.value, ...Object.values(item.label), ...item.aliases]);
}

export function fieldByKey(def: TemplateDef, key: string): FieldDef {
  const field = def.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${def.kind}: no field ${key}`);
  return field;
}
