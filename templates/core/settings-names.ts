/**
 * Names a user's settings give in several languages. A Settings sheet's header row may add, beside its `name`
 * column (the settings' own words), columns that say a name and a language: "name (fr)", "nom (espagnol)",
 * "nombre en inglés". A row type that takes names (pillar, criterion) then carries `names: { fr, es }`, and a
 * message that quotes the name shows the one in its language, or the settings' own words when none is given.
 */
import type { CellValue, Finding, Lang } from './types.js';
import { concept, type WordConcept } from './headers/concept.js';
import { phraseWords } from './headers/words.js';
import { cellText, foldKey } from './text.js';

export type Names = Partial<Record<Lang, string>>;

/** A key of a kind's tables (a pillar's number, a criterion's name) and the name it stands for. */
export interface KeyName {
  /** The settings' own words. */
  name: string;
  names?: Names;
}

/** The names of a kind's table keys: by group of tables (an evaluation), kind of key ('pillar'…), then key. */
export type TableNames = Record<string, Record<string, Record<string, KeyName>>>;

/** The name in `lang` where the settings give one, else the settings' own words. */
export const nameIn = (key: KeyName, lang: Lang): string => key.names?.[lang] ?? key.name;

const NAME = concept('settings-name', {
  en: ['name', 'label', 'title'],
  fr: ['nom', 'libellé', 'intitulé', 'titre'],
  es: ['nombre', 'etiqueta', 'título'],
});

/** A language, said in any of the three. */
const LANGUAGE: Readonly<Record<Lang, WordConcept>> = {
  en: concept('language-en', { en: ['en', 'english'], fr: ['anglais'], es: ['inglés'] }),
  fr: concept('language-fr', { en: ['fr', 'french'], fr: ['français'], es: ['francés'] }),
  es: concept('language-es', { en: ['es', 'spanish'], fr: ['espagnol'], es: ['español'] }),
};

const wordsOf = (c: WordConcept) => new Set(Object.values(c.words).flatMap((ps) => ps.flatMap(phraseWords)));
const NAME_WORDS = wordsOf(NAME);
const LANGUAGE_WORDS = Object.entries(LANGUAGE).map(([lang, c]) => ({ lang: lang as Lang, words: wordsOf(c) }));

/** Little words between the name and its language ("nombre en inglés"); "en" alone is English ("name (en)"). */
const LINKS = new Set(['in', 'en', 'de', 'del', 'du', 'la', 'le', 'el']);

/** The columns of a Settings header row that give a name in a language: a name word and a language word. */
export function nameColumns(header: readonly CellValue[]): Map<Lang, number> {
  const columns = new Map<Lang, number>();
  header.forEach((cell, index) => {
    const words = foldKey(cellText(cell))
      .split(/[^a-z]+/)
      .filter(Boolean);
    let rest = words.filter((w) => !NAME_WORDS.has(w));
    if (words.length - rest.length !== 1) return;
    if (rest.length > 1) rest = rest.filter((w) => !LINKS.has(w));
    const said = rest.length === 1 ? LANGUAGE_WORDS.find((l) => l.words.has(rest[0])) : undefined;
    if (said && !columns.has(said.lang)) columns.set(said.lang, index);
  });
  return columns;
}

/** The names a row gives in those columns, or undefined when it gives none. */
export function namesIn(cells: readonly CellValue[], columns: ReadonlyMap<Lang, number>): Names | undefined {
  const names: Names = {};
  for (const [lang, index] of columns) if (cellText(cells[index])) names[lang] = cellText(cells[index]);
  return Object.keys(names).length ? names : undefined;
}

/** Every `{ name, names }` item of resolved settings (one level of lists deep), by the settings' own name. */
export function namesOfSettings(settings: readonly unknown[]): Map<string, Names> {
  const byName = new Map<string, Names>();
  const isItem = (v: unknown): v is { name: string; names: Names } =>
    typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string' && 'names' in v;
  for (const value of settings)
    if (typeof value === 'object' && value !== null)
      for (const list of Object.values(value))
        if (Array.isArray(list))
          for (const item of list) if (isItem(item) && item.names) byName.set(item.name, item.names);
  return byName;
}

/**
 * A fix that writes a settings name writes it in its sheet's language ("Durabilité" on a French matrix), when the
 * settings give the name there; `langOf` tells a finding's sheet's language (sheet-language.ts).
 */
export function suggestNamesIn(
  findings: readonly Finding[],
  names: ReadonlyMap<string, Names>,
  langOf: (sheet: string | undefined) => Lang | undefined,
): void {
  if (!names.size) return;
  for (const f of findings) {
    const lang = f.suggestion === undefined ? undefined : langOf(f.sheet);
    const shown = lang && names.get(f.suggestion!)?.[lang];
    if (shown) f.suggestion = shown;
  }
}
