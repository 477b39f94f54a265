/**
 * Section rows: a title over the records below it, never a record. "Pillar 2: …", "Area 3 – Prevention",
 * "Outcome 1", "Axe 2", "Pilar 4", "Part B – …", in the first cell or any other, or one text merged across the
 * table. Its name (and number, when it has one) stays with the records below it.
 */
import { foldKey } from './text.js';

export interface Section {
  /** As written. */
  text: string;
  /** The title without its word and number: "Prevention" for "Area 3 – Prevention". */
  name: string;
  /** The number written after the section word, when there is one. */
  number?: number;
}

/** Words that start a section title, folded, in the three languages. */
const SECTION_WORDS = [
  ...['pillar', 'area', 'outcome', 'output', 'objective', 'goal', 'part', 'section', 'chapter', 'theme', 'component'],
  ...['priority', 'axis', 'domain', 'result', 'strategic area', 'focus area', 'workstream'],
  ...['pilier', 'domaine', 'axe', 'resultat', 'objectif', 'partie', 'chapitre', 'theme', 'composante', 'priorite'],
  ...['volet', 'axe strategique'],
  ...['pilar', 'eje', 'resultado', 'objetivo', 'parte', 'seccion', 'capitulo', 'tema', 'componente', 'prioridad'],
  ...['ambito', 'eje estrategico'],
].sort((a, b) => b.length - a.length);

const ROMAN = /^(?:i{1,3}|iv|v|vi{0,3}|ix|x)$/;
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanNumber(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUE[text[i]];
    const next = ROMAN_VALUE[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A title after the word and its mark: "2: Leadership", "3 – Prevention", "B - …", "IV. …", "1". */
const AFTER_WORD = /^\s*(?:n[°º.]?\s*)?([0-9]{1,3}|[a-z]|[ivx]{1,4})\b\s*[:.\-–—)]?\s*(.*)$/i;

/** The section a lone text names, or undefined when it does not read as a section title. */
export function readSection(text: string): Section | undefined {
  const folded = foldKey(text);
  const word = SECTION_WORDS.find((w) => folded === w || folded.startsWith(`${w} `));
  if (!word) return undefined;
  // Cut the word off the text as written: as many letters and spaces as the folded word has.
  const rest = text.trim().replace(new RegExp(`^(?:\\S+\\s+){${word.split(' ').length - 1}}\\S+`), '');
  const m = AFTER_WORD.exec(rest);
  if (!m) return undefined;
  const mark = m[1].toLowerCase();
  const name = m[2].trim();
  if (/^\d+$/.test(mark)) return { text, name, number: Number(mark) };
  if (ROMAN.test(mark) && mark !== 'i' && mark.length > 1) return { text, name, number: romanNumber(mark) };
  // A letter ("Part B") or a lone "I": a section without a number.
  return name || mark.length === 1 ? { text, name } : undefined;
}
