/**
 * Concepts: what a header may say, each with its words in English, French and Spanish. A field declares the
 * concepts its header needs (HeaderSpec); templates/ALIASES.md lists them. See README, "Headers".
 */
import type { Lang } from '../types.js';

/** A concept and the phrases that say it; a phrase is matched as whole words, after folding (words.ts). */
export interface WordConcept {
  id: string;
  words: Readonly<Record<Lang, readonly string[]>>;
}

/** What a capture read at a place in the header's words: how many words, and the parameter they name. */
export interface Captured {
  length: number;
  value: string;
}

/**
 * A concept that reads a parameter from the header: a dated round ("Status Dec 2025" → 2025-12), a period
 * ("Q1 2026"), a standard of a code list. A field that needs one takes one column per parameter value.
 */
export interface CaptureConcept {
  id: string;
  /** Reads the parameter starting at `at`, or says it is not there. */
  capture(words: readonly string[], at: number): Captured | undefined;
  /** How templates/ALIASES.md describes it, with examples. */
  describe: Readonly<Record<Lang, string>>;
}

export type Concept = WordConcept | CaptureConcept;

/** One of these concepts must appear (a single concept is a group of one). */
export type ConceptGroup = Concept | readonly Concept[];

/**
 * What a header must say to name a field. Every group of `all` must appear; `may` concepts explain words without
 * being needed ("unit" in "Responsible unit"); a `not` concept rules the field out. Words a header holds beyond
 * these count against it: more words explained than not, and none that another field of the template needs.
 */
export interface HeaderSpec {
  all: readonly ConceptGroup[];
  may?: readonly Concept[];
  not?: readonly Concept[];
  /** Enumerations (ids in the template's `enums`) whose values a header may list: "Status: open / completed". */
  hints?: readonly string[];
}

export function concept(id: string, words: Readonly<Record<Lang, readonly string[]>>): WordConcept {
  return { id, words };
}

export function isCapture(c: Concept): c is CaptureConcept {
  return 'capture' in c;
}

export function groupConcepts(group: ConceptGroup): readonly Concept[] {
  return Array.isArray(group) ? (group as readonly Concept[]) : [group as Concept];
}

/** A field whose header names a parameter (a dated round): one column, and one record value, per parameter. */
export function takesParameter(field: { headers: HeaderSpec }): boolean {
  return field.headers.all.some((group) => groupConcepts(group).some(isCapture));
}
