/**
 * A header text as the matcher compares it: folded (case, accents, punctuation), cut into words, with
 * stop-words, plural marks ("unit(s)") and bracketed vocabulary hints ("(Agree / Partially agree / Disagree)")
 * set aside. Concept words and exact spellings go through the same folding, so both sides always agree.
 */

/** Words that never carry a header's meaning, in the three languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...['the', 'of', 'a', 'an', 'to', 'be', 'for', 'on', 'at', 'in', 'by', 'and', 'or', 'with', 'from', 'as', 'per'],
  ...['is', 'are', 'its', 'their', 'which', 'what'],
  ...['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'au', 'aux', 'et', 'ou', 'en', 'sur', 'par', 'pour'],
  ...['un', 'une', 'dans', 'avec'],
  ...['el', 'los', 'las', 'del', 'al', 'y', 'o', 'e', 'u', 'por', 'para', 'una', 'con', 'sobre'],
]);

/** Inside brackets, any of these makes the content a list of alternatives: a hint, not part of the name. */
const ALTERNATIVES = /[/,;|]|\s(?:or|ou|o|y|and|et)\s/i;

/** Lower case, accents stripped, ligatures and the ordinal signs of "N°", "Nº", "N.º" folded. */
function foldLetters(text: string): string {
  return (
    text
      // "DueDate", "CSOType": a capital after a lower-case letter starts a word.
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .replace(/\bn\s*\.?\s*[º°]/g, ' no ')
      .replace(/[º°]/g, 'o')
      .replace(/&/g, ' and ')
  );
}

/** Letters and digits apart ("t2" → t 2, "cs1" → cs 1), "#" a word of its own, everything else a space. */
function splitWords(folded: string): string[] {
  return folded
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/#/g, ' # ')
    .split(/[^a-z0-9#]+/)
    .filter(Boolean);
}

function meaningful(words: readonly string[]): string[] {
  return words.filter((w) => !STOP_WORDS.has(w));
}

/** A bracket's content is a hint when it lists alternatives or says nothing once stop-words are set aside. */
function isHint(content: string): boolean {
  if (/\d/.test(content)) return false;
  return ALTERNATIVES.test(` ${content} `) || meaningful(splitWords(content)).length === 0;
}

/** Plural marks written into a word: "unit(s)", "unidad(es)", "formé(e)", "group/s". */
const PLURAL_MARK = /\((?:s|es|e|x|nes)\)|\/(?:s|es)\b/g;

/** The header without its bracketed hints; other brackets ("(Time 3)") keep their words. */
function withoutHints(text: string): string {
  let out = '';
  let depth = 0;
  let content = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') {
      if (depth === 0) content = '';
      else content += ch;
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) out += isHint(content) ? ' ' : ` ${content} `;
      else content += ch;
    } else if (depth > 0) content += ch;
    else out += ch;
  }
  // A bracket never closed runs to the end of the text.
  if (depth > 0) out += isHint(content) ? ' ' : ` ${content} `;
  return out;
}

/** Every kind reads the same header texts: their words are remembered, up to a bound (callers copy, never change). */
const remembered = new Map<string, readonly string[]>();
const REMEMBERED_LIMIT = 20_000;

/** The words of a header, in order, as the matcher compares them ("From" alone keeps its one word). */
export function headerWords(text: string): readonly string[] {
  let kept = remembered.get(text);
  if (kept === undefined) {
    kept = wordsOf(text);
    if (remembered.size >= REMEMBERED_LIMIT) remembered.clear();
    remembered.set(text, kept);
  }
  return kept;
}

function wordsOf(text: string): string[] {
  const words = splitWords(foldLetters(withoutHints(text.replace(PLURAL_MARK, ''))));
  const kept = meaningful(words);
  return kept.length ? kept : words;
}

/** The words of a concept's phrase or an exact spelling: the same folding, so "N°" and "Nº" agree. */
export function phraseWords(phrase: string): string[] {
  return wordsOf(phrase);
}
