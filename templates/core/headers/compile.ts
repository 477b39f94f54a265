/** A template's header declarations made ready to score: phrases by first word, captures, who needs which concept. */
import type { TemplateDef } from '../schema.js';
import { groupConcepts, isCapture, type CaptureConcept, type Concept, type WordConcept } from './concept.js';
import { valueCapture } from './enum-capture.js';
import { NEUTRAL } from './vocabulary.js';
import { headerWords, phraseWords } from './words.js';

export interface CompiledField {
  key: string;
  labels: Set<string>;
  exact: Set<string>;
  groups: readonly (readonly Concept[])[];
  /** Concepts whose words this field explains: its groups, its `may` concepts, the neutral words. */
  explains: Set<Concept>;
  not: readonly Concept[];
  /** The values of its enumeration and of its `hints` ones, found as phrases: a list of them is a hint. */
  hints: readonly CaptureConcept[];
  /** Its own enumeration's values: a header that only lists them names the field. */
  ownValues?: CaptureConcept;
  /** It needs a capture, so it takes a parameter: never an exact match. */
  captures: boolean;
}

export interface Occurrence {
  concept: Concept;
  start: number;
  end: number;
  value?: string;
}

export interface CompiledDef {
  fields: CompiledField[];
  phrases: Map<string, { concept: WordConcept; words: string[] }[]>;
  captures: CaptureConcept[];
  /** Concepts some field needs, and which fields: left unexplained by another field, they rule it out. */
  needed: Map<Concept, Set<string>>;
  /** Every word a header of this template may be explained by: a quick test before scoring a cell. */
  vocabulary: Set<string>;
}

const joined = (text: string) => headerWords(text).join(' ');
const NO_WORDS = { en: '', fr: '', es: '' };

function compile(def: TemplateDef): CompiledDef {
  const concepts = new Set<Concept>([NEUTRAL]);
  const needed = new Map<Concept, Set<string>>();
  const values = new Map<string, CaptureConcept>();
  const valuesOf = (id: string) => {
    const e = def.enums[id];
    if (e && !values.has(id)) values.set(id, valueCapture(`values-${id}`, e, NO_WORDS));
    return values.get(id);
  };
  // A field's key is one of its exact spellings, unless another field lists it as its own ("Rating": eTools' total).
  const listed = new Set(def.fields.flatMap((f) => (f.exact ?? []).map(joined)));
  const fields = def.fields.map((f): CompiledField => {
    const groups = f.headers.all.map(groupConcepts);
    const may = f.headers.may ?? [];
    const not = f.headers.not ?? [];
    for (const c of [...groups.flat(), ...may, ...not]) concepts.add(c);
    for (const c of groups.flat()) needed.set(c, (needed.get(c) ?? new Set()).add(f.key));
    const ownValues = f.enumId ? valuesOf(f.enumId) : undefined;
    const hints = [ownValues, ...(f.headers.hints ?? []).map(valuesOf)].filter((h) => h !== undefined);
    return {
      key: f.key,
      labels: new Set(Object.values(f.label).map(joined)),
      exact: new Set([...(listed.has(joined(f.key)) ? [] : [f.key]), ...(f.exact ?? [])].map(joined)),
      groups,
      explains: new Set([...groups.flat(), ...may, NEUTRAL]),
      not,
      hints,
      ...(ownValues ? { ownValues } : {}),
      captures: groups.flat().some(isCapture),
    };
  });
  const phrases = new Map<string, { concept: WordConcept; words: string[] }[]>();
  const captures: CaptureConcept[] = [];
  for (const c of concepts) {
    if (isCapture(c)) {
      captures.push(c);
      continue;
    }
    for (const phrase of new Set(Object.values(c.words).flat())) {
      const words = phraseWords(phrase);
      if (!words.length) continue;
      const list = phrases.get(words[0]) ?? [];
      list.push({ concept: c, words });
      phrases.set(words[0], list);
    }
  }
  const vocabulary = new Set<string>();
  for (const list of phrases.values()) for (const p of list) p.words.forEach((w) => vocabulary.add(w));
  for (const f of def.fields)
    for (const s of [...Object.values(f.label), ...(f.exact ?? [])]) phraseWords(s).forEach((w) => vocabulary.add(w));
  for (const e of Object.values(def.enums))
    for (const item of e.values)
      for (const s of [item.value, ...Object.values(item.label), ...item.aliases])
        phraseWords(s).forEach((w) => vocabulary.add(w));
  return { fields, phrases, captures, needed, vocabulary };
}

const compiled = new WeakMap<TemplateDef, CompiledDef>();

export function compiledDef(def: TemplateDef): CompiledDef {
  let c = compiled.get(def);
  if (!c) compiled.set(def, (c = compile(def)));
  return c;
}

/** Every occurrence of a concept's phrase or capture in the words (overlaps kept: each field takes its own). */
export function occurrences(
  c: Pick<CompiledDef, 'phrases' | 'captures'>,
  words: readonly string[],
  extra: readonly CaptureConcept[] = [],
): Occurrence[] {
  const found: Occurrence[] = [];
  words.forEach((word, start) => {
    for (const p of c.phrases.get(word) ?? [])
      if (p.words.every((w, i) => words[start + i] === w))
        found.push({ concept: p.concept, start, end: start + p.words.length });
    for (const cap of [...c.captures, ...extra]) {
      const got = cap.capture(words, start);
      if (got) found.push({ concept: cap, start, end: start + got.length, value: got.value });
    }
  });
  return found;
}
