/**
 * Our English words, from the EN side of every catalogue the outputs are written from (the dashboard's strings, the
 * templates' titles, fields and lists, the output words, the CLI's sentences), minus the words the other language's
 * side also uses (Total, Impact, Source…) and acronyms (MOS, PSEA: codes, not English).
 */
import { KINDS, type Lang } from '../../templates/index.js';
import type { Localised } from '../../templates/core/schema.js';
import { CRITERIA, WORDS } from '../../templates/present/words.js';
import { STRINGS } from '../../pipeline/dashboard/i18n.js';
import { HOW_TO_READ } from '../../pipeline/dashboard/reading.js';
import { NOUNS, SENTENCES, SET_ASIDE_NOUNS } from '../../pipeline/messages.js';

/** Every catalogue entry as EN/FR/ES texts. */
export function catalogue(): Localised[] {
  const entries: Localised[] = [...Object.values(STRINGS), ...Object.values(WORDS), ...CRITERIA];
  entries.push(...Object.values(HOW_TO_READ));
  entries.push(...Object.values(SENTENCES).map((s) => ({ en: s.en, fr: s.fr, es: s.es })));
  for (const noun of [...Object.values(NOUNS), ...Object.values(SET_ASIDE_NOUNS)])
    entries.push({ en: noun.en.join(' '), fr: noun.fr.join(' '), es: noun.es.join(' ') });
  for (const { def } of KINDS) {
    entries.push(def.title, ...def.fields.map((f) => f.label));
    for (const list of Object.values(def.enums)) entries.push(...list.values.map((v) => v.label));
  }
  return entries;
}

const tokens = (text: string): string[] => text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

/** English words of ours (lower case) that the `lang` side of the catalogue (and of `more`) never uses. */
export function englishWords(lang: Exclude<Lang, 'en'>, more: readonly Localised[] = []): Set<string> {
  const entries = [...catalogue(), ...more];
  const theirs = new Set(entries.flatMap((e) => tokens(e[lang]).map((t) => t.toLowerCase())));
  const words = new Set<string>();
  for (const e of entries)
    for (const token of tokens(e.en.replace(/\{\w+\}/g, ' ')))
      if (token.length >= 3 && token !== token.toUpperCase() && !theirs.has(token.toLowerCase()))
        words.add(token.toLowerCase());
  return words;
}

/** The English texts of the catalogue, exactly: a user's cell that equals one is one of our words after all. */
export function englishTexts(): Set<string> {
  return new Set(catalogue().map((e) => e.en.trim().toLowerCase()));
}

/** The English words found in a text, once each. */
export function englishIn(text: string, words: Set<string>): string[] {
  return [...new Set(tokens(text).filter((t) => words.has(t.toLowerCase())))];
}
