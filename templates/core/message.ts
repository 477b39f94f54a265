/**
 * How a message template is filled, for rule messages and the pane's strings alike:
 * - `{name}` is the value of param `name`;
 * - `{name:one|other}` is the text that agrees with the number in param `name`, chosen by the CLDR plural rules of
 *   the message's language (Intl.PluralRules): `one` where the rules say "one" (English and Spanish: 1 alone;
 *   French: 0 and 1), `other` for every other count (French and Spanish "many", for millions, included).
 *   `'{count} {count:task is|tasks are} late'` gives "1 task is late", "2 tasks are late";
 *   `'{count} {count:tâche est|tâches sont}'` gives "0 tâche est".
 * - `{?name}…{/name}` is the text between, shown only when param `name` is given and not empty: "due {date}{?due}
 *   ({due}){/due}" gives "due 2025-04-19" when the rule leaves `due` empty (the text written is that date).
 * A form is plain text (no brace, no bar, no placeholder inside). A plural param is a number (the rule types
 * require it); a param missing from the params leaves its placeholder as written.
 */
import type { Lang } from './types.js';

/** `{name}` or `{name:one|other}`. */
export const PLACEHOLDER = /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g;

/** `{?name}…{/name}`, an optional part (no section inside another). */
const SECTION = /\{\?(\w+)\}((?:(?!\{[?/]).)*)\{\/\1\}/g;

const rules = new Map<Lang, Intl.PluralRules>();

/** French takes the singular for 0 and 1; English and Spanish for 1 alone (CLDR). */
export function takesSingular(lang: Lang, n: number): boolean {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n) === 'one';
}

/** A plural param's number: a number, or the digits of one (params read back from a findings.json). */
function countIn(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}

/**
 * Fills a template in a language: `shown(name, value)` renders a plain placeholder's value (a term, a label, a
 * count with digit grouping); plural forms are chosen from the param's number.
 */
export function fillMessage(
  template: string,
  lang: Lang,
  params: Readonly<Record<string, string | number>>,
  shown: (name: string, value: string | number) => string = (_, value) => String(value),
): string {
  const given = (name: string) => params[name] !== undefined && params[name] !== '';
  const kept = template.replace(SECTION, (_, name: string, inner: string) => (given(name) ? inner : ''));
  return kept.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one === undefined || other === undefined) return shown(name, value);
    const n = countIn(value);
    return n !== undefined && takesSingular(lang, n) ? one : other;
  });
}

/** The params a template names, plain and plural: `{ plain: ['row'], plural: ['count'] }`. */
export function templateParams(template: string): { plain: string[]; plural: string[] } {
  const plain = new Set<string>();
  const plural = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) (m[2] === undefined ? plain : plural).add(m[1]);
  return { plain: [...plain].sort(), plural: [...plural].sort() };
}
