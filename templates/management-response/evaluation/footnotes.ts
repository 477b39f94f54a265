/**
 * Footnotes that break a recommendation down into elements: "Recommendation #60 has four elements – two were not
 * accepted and two were partially accepted", in English, French or Spanish, several in one note.
 */
import { matchEnum } from '../../core/schema.js';
import { foldKey } from '../../core/text.js';
import { RESPONSE, type ResponseValue } from '../values.js';

export interface DeclaredElements {
  rec: number;
  elements: number;
  /** Elements by response, as the note counts them. */
  byResponse: Partial<Record<ResponseValue, number>>;
  /** The note's sentence about this recommendation, as written. */
  text: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'one un une uno una',
    'two deux dos',
    'three trois tres',
    'four quatre cuatro',
    'five cinq cinco',
    'six seis',
    'seven sept siete',
    'eight huit ocho',
    'nine neuf nueve',
    'ten dix diez',
  ].flatMap((words, i) => words.split(' ').map((w) => [w, i + 1])),
);

function count(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[foldKey(word)];
}

/**
 * "Recommendation #60 has four elements", "La recommandation n° 4 comporte trois éléments", "La recomendación 4
 * tiene…": the recommendation's number, then how many elements.
 */
const HEAD = new RegExp(
  [
    String.raw`(?:recommendation|recommandation|recomendaci[oó]n)\s*(?:#|n\s*[°º.]|no\.?)?\s*(\d+)\s+`,
    String.raw`(?:has|comporte|compte|contient|tiene|consta de)\s+(\w+)\s+`,
    String.raw`(?:elementos?|éléments?|elements?|partes|parties|parts?)(?!\p{L})`,
  ].join(''),
  'giu',
);
/** Verbs between a number and its response: "two were not accepted", "deux ont été acceptés", "dos fueron…". */
const VERBS = /(?<!\p{L})(?:were|was|are|is|ont été|a été|sont|est|fueron|fue|han sido|ha sido|son|es)(?!\p{L})/giu;

function elementsOf(sentence: string): Partial<Record<ResponseValue, number>> | undefined {
  const parts = sentence.split(/\s*(?:,|;|\band\b|\bet\b|\by\b)\s*/i).filter(Boolean);
  const found: Partial<Record<ResponseValue, number>> = {};
  for (const part of parts) {
    const [first, ...rest] = part.replace(VERBS, ' ').trim().split(/\s+/);
    const n = first === undefined ? undefined : count(first);
    const said = rest.join(' ');
    // "acceptés", "aceptados": the plural of a response word.
    const singular = rest.map((w) => w.replace(/s$/i, '')).join(' ');
    const response = n === undefined ? undefined : (matchEnum(RESPONSE, said) ?? matchEnum(RESPONSE, singular))?.value;
    if (n === undefined || !response) return undefined;
    found[response as ResponseValue] = (found[response as ResponseValue] ?? 0) + n;
  }
  return Object.keys(found).length ? found : undefined;
}

export function readElementNotes(text: string): DeclaredElements[] {
  const heads = [...text.matchAll(HEAD)];
  return heads.flatMap((head, i) => {
    const end = heads[i + 1]?.index ?? text.length;
    const tail = text
      .slice(head.index + head[0].length, end)
      .replace(/^[\s–—\-:]+/, '')
      .replace(/[\s.;]+$/, '');
    const elements = count(head[2]);
    const byResponse = elementsOf(tail);
    if (elements === undefined || !byResponse) return [];
    return [{ rec: Number(head[1]), elements, byResponse, text: text.slice(head.index, end).trim() }];
  });
}
