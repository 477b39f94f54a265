import type { Lang } from './types.js';
import type { HeaderSpec } from './headers/concept.js';
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
  /** The field's header in each language: the strongest, exact match. */
  label: Localised;
  /** What else a header must say to name the field, by concept (templates/core/headers/concept.ts). */
  headers: HeaderSpec;
  /** Other exact spellings: a published template's wording its concepts would not give. */
  exact?: readonly string[];
  type: FieldType;
  enumId?: string;
  required?: boolean;
  width?: number;
  hxl?: string;
  /** false: read from the layouts that have it, not written in the blank template. */
  template?: boolean;
}

/** The number of a section row ("Pillar 2: …", "Area 3 – Prevention") goes to `field` of the records below it. */
export interface SectionRule {
  field: string;
}

/** One row per sub-item: a row with `marker` set and the key blank continues the record above. */
export interface ContinuationRule {
  marker: string;
  /** The field naming the record: a continuation row that types another value starts a new record. */
  key: string;
  inherit: readonly string[];
  /** A row with no key field right under a record is one of its detail rows (a key action), taking these fields. */
  detail?: readonly string[];
  /**
   * A row that repeats the `same` fields of the record above (its number and text) and differs from it only in
   * `varies` fields (a key action, its unit) is a detail row too: the recommendation written again on each
   * key-action row, as some exports do. A row that differs anywhere else is the record entered twice.
   */
  repeats?: { same: readonly string[]; varies: readonly string[] };
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

interface EnumIndex {
  /** Every spelling, folded, to its canonical value. */
  values: Map<string, string>;
  /** Per canonical value, its value and template labels in lower case: the spellings that are no reading. */
  official: Map<string, Set<string>>;
}

const enumIndexCache = new WeakMap<EnumDef, EnumIndex>();

function enumIndex(def: EnumDef): EnumIndex {
  let index = enumIndexCache.get(def);
  if (!index) {
    index = { values: new Map(), official: new Map() };
    for (const item of def.values) {
      for (const spelling of [item.value, ...Object.values(item.label), ...item.aliases]) {
        index.values.set(foldKey(spelling), item.value);
      }
      const official = [item.value, ...Object.values(item.label)].map((s) => s.toLocaleLowerCase());
      if (!index.official.has(item.value)) index.official.set(item.value, new Set(official));
    }
    enumIndexCache.set(def, index);
  }
  return index;
}

/** Canonical value for a typed text, or undefined when no alias matches. */
export function matchEnum(def: EnumDef, text: string): EnumMatch | undefined {
  const index = enumIndex(def);
  const value = index.values.get(foldKey(text));
  if (value === undefined) return undefined;
  // The value or a label as written, or in another case ("en cours" for "En cours"): nothing a reader would call
  // another word, so no reading to report. An accent left out ("acheve") is another spelling, and is reported.
  const official = index.official.get(value)?.has(text.trim().toLocaleLowerCase()) ?? false;
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
