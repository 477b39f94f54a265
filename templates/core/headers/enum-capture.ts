/**
 * A capture over a code list: a header that names one of its values ("MOS 3 – Focal point", "Norma 3: Punto
 * focal") gives that value as the column's parameter. For wide layouts: one column per standard.
 */
import type { EnumDef, Localised } from '../schema.js';
import type { CaptureConcept, Captured } from './concept.js';
import { phraseWords } from './words.js';

export function valueCapture(id: string, def: EnumDef, describe: Localised): CaptureConcept {
  // First word → the value's spellings that start with it, longest first.
  const byFirst = new Map<string, { words: string[]; value: string }[]>();
  for (const item of def.values) {
    for (const spelling of [item.value, ...Object.values(item.label), ...item.aliases]) {
      const words = phraseWords(spelling);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, value: item.value });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    id,
    describe,
    capture(words, at): Captured | undefined {
      for (const s of byFirst.get(words[at]) ?? []) {
        if (s.words.every((w, i) => words[at + i] === w)) return { length: s.words.length, value: s.value };
      }
      return undefined;
    },
  };
}

/**
 * A column named by a numbered code at its start ("MOS 3 – Focal point", "Norma 3: Punto focal", "3. PSEA focal
 * point", "Cs3"): the prefix (or none) and the number give the value; the title after it is the column's own name,
 * explained by the capture. For wide layouts, where the columns are a code list in order.
 */
export function numberedCapture(
  id: string,
  prefixes: readonly string[],
  value: (n: number) => string | undefined,
  describe: Localised,
): CaptureConcept {
  const forms = [...prefixes.map(phraseWords), []].sort((a, b) => b.length - a.length);
  return {
    id,
    describe,
    capture(words, at): Captured | undefined {
      if (at !== 0) return undefined;
      for (const p of forms) {
        if (!p.every((w, i) => words[i] === w)) continue;
        const n = words[p.length];
        const v = n !== undefined && /^\d{1,2}$/.test(n) ? value(Number(n)) : undefined;
        if (v !== undefined) return { length: words.length, value: v };
      }
      return undefined;
    },
  };
}
