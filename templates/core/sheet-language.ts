/**
 * The language a sheet is written in, told from its headers and the values typed in its list columns: each word
 * that only one language's labels of the template use counts for that language. A fix or a dropdown then writes
 * that language's label ("Prévention" on a French sheet), not the canonical English one.
 */
import type { Lang } from './types.js';
import type { TemplateDef } from './schema.js';
import type { ParsedTable } from './table.js';
import type { Finding } from './types.js';
import { LANGS } from './types.js';
import { foldKey } from './text.js';

const tokens = (text: string): string[] => foldKey(text).match(/[a-z]{3,}/g) ?? [];

const wordsCache = new WeakMap<TemplateDef, Map<string, Lang>>();

/** Word → the one language whose field labels or list labels use it (words two languages share tell nothing). */
function ownWords(def: TemplateDef): Map<string, Lang> {
  let words = wordsCache.get(def);
  if (words) return words;
  const langsOf = new Map<string, Set<Lang>>();
  const texts = [
    ...def.fields.map((f) => f.label),
    ...Object.values(def.enums).flatMap((e) => e.values.map((v) => v.label)),
  ];
  for (const label of texts)
    for (const lang of LANGS)
      for (const word of tokens(label[lang])) {
        const set = langsOf.get(word) ?? new Set<Lang>();
        set.add(lang);
        langsOf.set(word, set);
      }
  words = new Map([...langsOf].filter(([, set]) => set.size === 1).map(([word, set]) => [word, [...set][0]]));
  wordsCache.set(def, words);
  return words;
}

/** The language most of the texts' own words belong to; undefined when none tells (codes, numbers). */
export function sheetLanguage(def: TemplateDef, texts: Iterable<string>): Lang | undefined {
  const words = ownWords(def);
  const score: Record<Lang, number> = { en: 0, fr: 0, es: 0 };
  for (const text of texts)
    for (const word of tokens(text)) {
      const lang = words.get(word);
      if (lang) score[lang]++;
    }
  const [best, next] = [...LANGS].sort((a, b) => score[b] - score[a]);
  return score[best] > score[next] ? best : undefined;
}

/** Rows whose list values are read to tell the language: enough to tell, few enough to cost nothing. */
const SAMPLE_ROWS = 200;

/** A table's language: its header texts and the values typed in its list columns. */
export function tableLanguage(def: TemplateDef, table: ParsedTable): Lang | undefined {
  const listFields = def.fields.filter((f) => f.enumId).map((f) => f.key);
  const texts = table.header.columns.map((c) => c.header);
  for (const record of table.records.slice(0, SAMPLE_ROWS))
    for (const field of listFields) {
      const value = record.values[field];
      if (typeof value === 'string') texts.push(value);
    }
  return sheetLanguage(def, texts);
}

/**
 * A fix that writes a list value writes it in the sheet's language: the suggestion of a finding on a list field
 * becomes that value's label in `lang` (canonical values stay the records' keys).
 */
export function suggestionsIn(def: TemplateDef, findings: Finding[], lang: Lang): void {
  for (const f of findings) {
    if (f.suggestion === undefined || f.field === undefined) continue;
    const enumId = def.fields.find((d) => d.key === f.field)?.enumId;
    const list = enumId ? def.enums[enumId] : undefined;
    const key = foldKey(f.suggestion);
    // A suggestion that is a label (Prevention) is written in the sheet's language; a code (MOS-7) as it is.
    const item = list?.values.find((v) => Object.values(v.label).some((l) => foldKey(l) === key));
    if (item) f.suggestion = item.label[lang];
  }
}
