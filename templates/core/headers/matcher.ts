/**
 * Scores one header against every field of a template. A field's own labels (EN/FR/ES) are the strongest match,
 * its other exact spellings next; otherwise its concepts must appear, explain more of the header's words than they
 * leave, and leave none that another field needs ("Number of staff" is not rec_no: "staff" is unexplained).
 */
import type { TemplateDef } from '../schema.js';
import { groupConcepts, isCapture, type CaptureConcept, type Concept, type WordConcept } from './concept.js';
import { NEUTRAL } from './vocabulary.js';
import { headerWords, phraseWords } from './words.js';

/** label: one of the field's three labels; exact: another exact spelling; concept: by its concepts. */
export type MatchTier = 'label' | 'exact' | 'concept';
const TIER_RANK: Record<MatchTier, number> = { label: 3, exact: 2, concept: 1 };

export interface FieldCandidate {
  field: string;
  tier: MatchTier;
  /** Share of the header's words the field explains: 1 for an exact match. */
  score: number;
  /** The parameter a capture concept read (a dated round, a period, a standard). */
  param?: string;
}

/** A header as the sheet shows it: a group label spanning several columns ("Time 2"), and the column's own text. */
export interface HeaderText {
  group?: string;
  own: string;
}

interface Occurrence {
  concept: Concept;
  start: number;
  end: number;
  value?: string;
}

interface CompiledField {
  key: string;
  labels: Set<string>;
  exact: Set<string>;
  groups: readonly (readonly Concept[])[];
  explains: Set<Concept>;
  not: readonly Concept[];
  hintWords: Set<string>;
  ownEnumWords: Set<string>;
  captures: boolean;
}

interface CompiledDef {
  fields: CompiledField[];
  phrases: Map<string, { concept: WordConcept; words: string[] }[]>;
  captures: CaptureConcept[];
  /** Concepts some field needs: left unexplained by another field, they rule that field out. */
  needed: Map<Concept, Set<string>>;
  cache: Map<string, FieldCandidate[]>;
}

const compiled = new WeakMap<TemplateDef, CompiledDef>();
const CACHE_LIMIT = 50_000;
/** Longer cells are prose, never a header: ruled out before any folding. */
export const MAX_HEADER_CHARS = 250;
/** Headers scored since start (cache misses): lets a test count the work instead of timing it. */
let scorings = 0;
export const headerScorings = (): number => scorings;

const joined = (text: string) => headerWords(text).join(' ');

function enumWords(def: TemplateDef, ids: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const id of ids)
    for (const item of def.enums[id]?.values ?? [])
      for (const s of [item.value, ...Object.values(item.label), ...item.aliases])
        for (const w of phraseWords(s)) words.add(w);
  return words;
}

function compile(def: TemplateDef): CompiledDef {
  const concepts = new Set<Concept>([NEUTRAL]);
  const needed = new Map<Concept, Set<string>>();
  const fields = def.fields.map((f): CompiledField => {
    const groups = f.headers.all.map(groupConcepts);
    const may = f.headers.may ?? [];
    const not = f.headers.not ?? [];
    for (const c of [...groups.flat(), ...may, ...not]) concepts.add(c);
    for (const c of groups.flat()) needed.set(c, (needed.get(c) ?? new Set()).add(f.key));
    const own = f.enumId ? [f.enumId] : [];
    return {
      key: f.key,
      labels: new Set(Object.values(f.label).map(joined)),
      exact: new Set([f.key, ...(f.exact ?? [])].map(joined)),
      groups,
      explains: new Set([...groups.flat(), ...may, NEUTRAL]),
      not,
      hintWords: enumWords(def, [...own, ...(f.headers.hints ?? [])]),
      ownEnumWords: enumWords(def, own),
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
  return { fields, phrases, captures, needed, cache: new Map() };
}

function compiledDef(def: TemplateDef): CompiledDef {
  let c = compiled.get(def);
  if (!c) compiled.set(def, (c = compile(def)));
  return c;
}

function occurrences(c: CompiledDef, words: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  words.forEach((word, start) => {
    for (const p of c.phrases.get(word) ?? [])
      if (p.words.every((w, i) => words[start + i] === w))
        found.push({ concept: p.concept, start, end: start + p.words.length });
    for (const cap of c.captures) {
      const got = cap.capture(words, start);
      if (got) found.push({ concept: cap, start, end: start + got.length, value: got.value });
    }
  });
  return found;
}

const LIST_SEPARATOR = /[/,;]|\s(?:or|ou|o)\s/i;

/** A field that would qualify but for words other fields need: those fields. */
interface Blocked {
  field: string;
  score: number;
  by: Set<string>;
}

/** Scores a field by its concepts; undefined when it does not qualify, `blocked` when only others' words stop it. */
function byConcepts(
  c: CompiledDef,
  f: CompiledField,
  words: readonly string[],
  groupEnd: number,
  found: readonly Occurrence[],
  own: string,
): FieldCandidate | Blocked | undefined {
  const mine = found.filter((o) => f.explains.has(o.concept));
  if (found.some((o) => f.not.includes(o.concept))) return undefined;
  const ownWords = words.slice(groupEnd);
  // "Accepted / Partially accepted / Rejected": a list of the field's own values names its first concept.
  const valueList =
    f.ownEnumWords.size > 0 &&
    LIST_SEPARATOR.test(own) &&
    ownWords.length > 1 &&
    ownWords.every((w) => f.ownEnumWords.has(w));
  let param: string | undefined;
  for (const [i, group] of f.groups.entries()) {
    const hit = mine.find((o) => group.includes(o.concept));
    if (!hit && !(i === 0 && valueList)) return undefined;
    if (hit?.value !== undefined) param ??= hit.value;
  }
  const explained = new Array<boolean>(words.length).fill(false);
  for (const o of mine) for (let i = o.start; i < o.end; i++) explained[i] = true;
  words.forEach((w, i) => {
    if (f.hintWords.has(w)) explained[i] = true;
  });
  // A group label's other words are context ("Semiannual … updates"): only the column's own words count.
  const from = groupEnd < words.length ? groupEnd : 0;
  let yes = 0;
  let no = 0;
  for (let i = from; i < words.length; i++) {
    if (explained[i]) yes++;
    else no++;
  }
  if (yes <= no) return undefined;
  const by = new Set<string>();
  for (const o of found) {
    if (f.explains.has(o.concept) || !c.needed.has(o.concept)) continue;
    for (let i = Math.max(o.start, from); i < o.end; i++)
      if (!explained[i]) for (const other of c.needed.get(o.concept) ?? []) by.add(other);
  }
  const share = yes / (yes + no);
  if (by.size) return { field: f.key, score: share, by };
  return { field: f.key, tier: 'concept', score: share, ...(param === undefined ? {} : { param }) };
}

/**
 * Fields that each stop the other ("Responsible / support units", "Status (Time 2 / Time 3)"): the header names
 * them both, so they come back tied and the column is reported as ambiguous.
 */
function mutuallyBlocked(blocked: readonly Blocked[]): FieldCandidate[] {
  const tied = blocked.filter((a) => blocked.some((b) => b !== a && a.by.has(b.field) && b.by.has(a.field)));
  const score = Math.min(...tied.map((t) => t.score));
  return tied.map((t) => ({ field: t.field, tier: 'concept', score }));
}

function score(c: CompiledDef, header: HeaderText): FieldCandidate[] {
  const group = header.group ? headerWords(header.group) : [];
  const own = headerWords(header.own);
  const words = [...group, ...own];
  if (!words.length) return [];
  const key = words.join(' ');
  const found = occurrences(c, words);
  const out: FieldCandidate[] = [];
  const blocked: Blocked[] = [];
  for (const f of c.fields) {
    if (!f.captures && f.labels.has(key)) out.push({ field: f.key, tier: 'label', score: 1 });
    else if (!f.captures && f.exact.has(key)) out.push({ field: f.key, tier: 'exact', score: 1 });
    else {
      const hit = byConcepts(c, f, words, group.length, found, header.own);
      if (hit && 'by' in hit) blocked.push(hit);
      else if (hit) out.push(hit);
    }
  }
  if (!out.length) out.push(...mutuallyBlocked(blocked));
  return out.sort(compareCandidates);
}

export function compareCandidates(a: FieldCandidate, b: FieldCandidate): number {
  return TIER_RANK[b.tier] - TIER_RANK[a.tier] || b.score - a.score;
}

/** Same strength: neither can be preferred to the other. */
export function sameStrength(a: FieldCandidate, b: FieldCandidate): boolean {
  return compareCandidates(a, b) === 0;
}

/** Every field the header may name, strongest first (empty when none qualifies). Cached per template. */
export function headerCandidates(def: TemplateDef, header: HeaderText): FieldCandidate[] {
  if (header.own.length + (header.group?.length ?? 0) > MAX_HEADER_CHARS) return [];
  const c = compiledDef(def);
  const key = `${header.group ?? ''}\u0000${header.own}`;
  let hit = c.cache.get(key);
  if (hit === undefined) {
    scorings++;
    if (c.cache.size >= CACHE_LIMIT) c.cache.clear();
    hit = score(c, header);
    c.cache.set(key, hit);
  }
  return hit;
}

/**
 * The field a header comes closest to naming, and how close (0–1): the best share of its words one field's
 * concepts explain, whether or not that field qualifies. For findings that tell the user what to rename.
 */
export function closestField(def: TemplateDef, header: HeaderText): { field: string; score: number } | undefined {
  const [best] = headerCandidates(def, header);
  if (best) return { field: best.field, score: best.score };
  const c = compiledDef(def);
  const words = [...(header.group ? headerWords(header.group) : []), ...headerWords(header.own)];
  if (!words.length || header.own.length > MAX_HEADER_CHARS) return undefined;
  const found = occurrences(c, words);
  let closest: { field: string; score: number } | undefined;
  for (const f of c.fields) {
    const explained = new Set<number>();
    for (const o of found)
      if (f.explains.has(o.concept) && o.concept !== NEUTRAL) for (let i = o.start; i < o.end; i++) explained.add(i);
    const score = explained.size / words.length;
    if (score > 0 && (!closest || score > closest.score)) closest = { field: f.key, score };
  }
  return closest;
}
