/** Counts with real plurals in the user's language ("1 fichier", "2 fichiers"), by the CLDR rules Intl knows. */
import type { Lang } from '../core/types.js';
import { takesSingular } from '../core/message.js';

export { takesSingular };

/** The singular and plural of a noun in each language. */
export type Noun = Record<Lang, readonly [one: string, other: string]>;

export function nounFor(lang: Lang, n: number, noun: Noun): string {
  const [one, other] = noun[lang];
  return takesSingular(lang, n) ? one : other;
}

/** English keeps plain digits (scripts read the CLI's lines); French and Spanish group thousands as they write them. */
export function formatNumber(lang: Lang, n: number): string {
  return lang === 'en' ? String(n) : n.toLocaleString(lang);
}

/** "3 files", "1 fichier", "0 fichier", "2 archivos". */
export function countOf(lang: Lang, n: number, noun: Noun): string {
  return `${formatNumber(lang, n)} ${nounFor(lang, n, noun)}`;
}
