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
