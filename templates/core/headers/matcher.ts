/**
 * Scores one header against every field of a template. A field's own labels (EN/FR/ES) are the strongest match,
 * its other exact spellings next; otherwise its concepts must appear, explain more of the header's words than they
 * leave, and leave none that another field needs ("Number of staff" is not rec_no: "staff" is unexplained).
 */
import type { TemplateDef } from '../schema.js';
import type { CaptureConcept } from './concept.js';
import { compiledDef, occurrences, type CompiledDef, type CompiledField, type Occurrence } from './compile.js';
import { NEUTRAL } from './vocabulary.js';
import { foldKey } from '../text.js';
import { headerWords, STOP_WORDS } from './words.js';

/** label: one of the field's three labels; exact: another exact spelling; concept: by its concepts. */
export type MatchTier = 'label' | 'exact' | 'concept';
const TIER_RANK: Record<MatchTier, number> = { label: 3, exact: 2, concept: 1 };

export interface FieldCandidate {
  field: string;
  tier: MatchTier;
  /** Share of the header's own words the field explains: 1 for an exact match. */
  score: number;
  /** The parameter a capture concept read (a dated round, a period, a standard). */
  param?: string;
}

/** A header as the sheet shows it: a group label spanning several columns ("Time 2"), and the column's own text. */
export interface HeaderText {
  group?: string;
  own: string;
}

/** Longer cells are prose, never a header: ruled out before any folding. */
export const MAX_HEADER_CHARS = 250;
/** Header look-ups and scorings (cache misses) since start: lets a test count the work instead of timing it. */
const work = { lookups: 0, scorings: 0 };
export const headerWork = (): Readonly<typeof work> => ({ ...work });

/** Per template, by group label then own text: the texts are the window's own strings, whose hashes V8 keeps. */
const caches = new WeakMap<CompiledDef, { size: number; byGroup: Map<string, Map<string, FieldCandidate[]>> }>();
const CACHE_LIMIT = 50_000;
const LIST_SEPARATOR = /[/,;]|\s(?:or|ou|o)\s/i;

/** The words of one header, where its own part starts, what concepts occur in it. */
interface Reading {
  words: string[];
  /** Index of the first own word: the words before are the group label's. */
  own: number;
  ownText: string;
  found: Occurrence[];
  /** Occurrences of each value list (hints), found once per header. */
  values: Map<CaptureConcept, Occurrence[]>;
}

function valuesIn(r: Reading, list: CaptureConcept): Occurrence[] {
  let hit = r.values.get(list);
  if (!hit) r.values.set(list, (hit = occurrences({ phrases: new Map(), captures: [] }, r.words, [list])));
  return hit;
}

const distinctValues = (list: readonly Occurrence[]) => new Set(list.map((o) => o.value)).size;

/** A field that would qualify but for words other fields need: those fields. */
interface Blocked {
  field: string;
  score: number;
  by: Set<string>;
}

/** "Accepted / Partially accepted / Rejected": the own words are only a list of the field's own values. */
function isValueList(r: Reading, f: CompiledField): boolean {
  if (!f.ownValues || !LIST_SEPARATOR.test(r.ownText)) return false;
  const list = valuesIn(r, f.ownValues).filter((o) => o.start >= r.own);
  const covered = new Set(list.flatMap((o) => Array.from({ length: o.end - o.start }, (_, i) => o.start + i)));
  return distinctValues(list) > 1 && covered.size === r.words.length - r.own;
}

/** Scores a field by its concepts; undefined when it does not qualify, `blocked` when only others' words stop it. */
function byConcepts(c: CompiledDef, f: CompiledField, r: Reading): FieldCandidate | Blocked | undefined {
  if (r.found.some((o) => f.not.includes(o.concept))) return undefined;
  const mine = r.found.filter((o) => f.explains.has(o.concept));
  const valueList = isValueList(r, f);
  const grouped = r.own > 0 && r.own < r.words.length;
  for (const [i, group] of f.groups.entries()) {
    // Under a group label, the field's first concept is the column's own ("Time 2" over "Status").
    const hit = mine.some((o) => group.includes(o.concept) && (i > 0 || !grouped || o.end > r.own));
    if (!hit && !(i === 0 && valueList)) return undefined;
  }
  const explained = new Array<boolean>(r.words.length).fill(false);
  const mark = (o: Occurrence) => {
    for (let i = o.start; i < o.end; i++) explained[i] = true;
  };
  mine.forEach(mark);
  for (const list of f.hints) {
    const found = valuesIn(r, list);
    if (distinctValues(found) > 1) found.forEach(mark);
  }
  // A group label's other words are context ("Semiannual … updates"): only the column's own words count.
  const from = grouped ? r.own : 0;
  let yes = 0;
  for (let i = from; i < r.words.length; i++) if (explained[i]) yes++;
  const no = r.words.length - from - yes;
  if (yes <= no) return undefined;
  const by = new Set<string>();
  for (const o of r.found) {
    if (f.explains.has(o.concept) || !c.needed.has(o.concept)) continue;
    for (let i = o.start; i < o.end; i++)
      if (!explained[i]) for (const other of c.needed.get(o.concept) ?? []) by.add(other);
  }
  const score = yes / (yes + no);
  if (by.size) return { field: f.key, score, by };
  // The first capture the field explains gives the column its parameter ("Status Dec 2025" → 2025-12).
  const param = mine.find((o) => o.value !== undefined)?.value;
  return { field: f.key, tier: 'concept', score, ...(param === undefined ? {} : { param }) };
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

function read(c: CompiledDef, header: HeaderText): Reading | undefined {
  const group = header.group ? headerWords(header.group) : [];
  const words = [...group, ...headerWords(header.own)];
  if (!words.length) return undefined;
  return { words, own: group.length, ownText: header.own, found: occurrences(c, words), values: new Map() };
}

function score(c: CompiledDef, header: HeaderText): FieldCandidate[] {
  const r = read(c, header);
  if (!r) return [];
  const key = r.words.join(' ');
  const out: FieldCandidate[] = [];
  const blocked: Blocked[] = [];
  for (const f of c.fields) {
    if (!f.captures && f.labels.has(key)) out.push({ field: f.key, tier: 'label', score: 1 });
    else if (!f.captures && f.exact.has(key)) out.push({ field: f.key, tier: 'exact', score: 1 });
    else {
      const hit = byConcepts(c, f, r);
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

/**
 * A quick test, on the cached folding of the text, that it may be a header at all: as many of its words (leaving
 * stop-words and words with digits aside) belong to the template's vocabulary as not. A data cell of prose fails
 * it without being scored.
 */
export function mayBeHeader(def: TemplateDef, text: string): boolean {
  if (text.length > MAX_HEADER_CHARS) return false;
  const { vocabulary } = compiledDef(def);
  let known = 0;
  let unknown = 0;
  for (const word of foldKey(text).split(' ')) {
    if (!word || STOP_WORDS.has(word) || /\d/.test(word)) continue;
    if (vocabulary.has(word)) known++;
    else unknown++;
  }
  return known > 0 && known >= unknown;
}

/** Every field the header may name, strongest first (empty when none qualifies). Cached per template. */
export function headerCandidates(def: TemplateDef, header: HeaderText): FieldCandidate[] {
  work.lookups++;
  if (header.own.length + (header.group?.length ?? 0) > MAX_HEADER_CHARS) return [];
  const c = compiledDef(def);
  let cache = caches.get(c);
  if (!cache) caches.set(c, (cache = { size: 0, byGroup: new Map() }));
  let byOwn = cache.byGroup.get(header.group ?? '');
  let hit = byOwn?.get(header.own);
  if (hit === undefined) {
    work.scorings++;
    if (cache.size >= CACHE_LIMIT) {
      cache.byGroup.clear();
      cache.size = 0;
      byOwn = undefined;
    }
    if (!byOwn) cache.byGroup.set(header.group ?? '', (byOwn = new Map()));
    hit = score(c, header);
    byOwn.set(header.own, hit);
    cache.size++;
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
  if (header.own.length > MAX_HEADER_CHARS) return undefined;
  const c = compiledDef(def);
  const r = read(c, header);
  if (!r) return undefined;
  const { words, found } = r;
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
