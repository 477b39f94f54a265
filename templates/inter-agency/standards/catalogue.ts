/**
 * Recognises a standard however it is written: its id ("MOS-3", "CS6"), a set's prefix and its number ("Standard 3",
 * "Norme 3", "Estándar 3", "Core standard 3", "Key action 2"), a bare number before a name ("1. PSEA policy"), its
 * official name or title in EN/FR/ES, another known spelling, or a near spelling (a did-you-mean, reported as such).
 */
import { didYouMean, foldKey, levenshtein } from '../../core/text.js';
import type { Standard, StandardSet } from './types.js';
import { shownLabel } from './enum.js';

/** How a text was read: as an official id, name or title; a known other spelling; a number; a near spelling. */
export type StandardHow = 'official' | 'alias' | 'number' | 'near';

export interface StandardMatch {
  standard: Standard;
  how: StandardHow;
}

/** Prefixes that name no set: the number is read in the preferred set. */
const GENERIC_PREFIXES = ['Standard', 'Std', 'Norme', 'Norma', 'Estándar', 'Estandar', 'N°', 'No', 'Nº', '#'];

/** Words that carry no meaning of their own in a standard's name. */
const STOP = new Set(
  (
    'and of the to for on in among amongst a an is are with by from its their et de du des la le les l d au aux en ' +
    'sur pour par avec y del el los las con para por sobre psea peas sea eas seah effective efficace efficaces ' +
    'eficaz eficaces efectivas efectivo'
  ).split(' '),
);

function tokens(text: string): string[] {
  return foldedTokens(foldKey(text));
}

/** tokens() of a text already folded: folding twice gives the same key, so it is not done again. */
function foldedTokens(folded: string): string[] {
  return folded
    .split(' ')
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

interface Spelling {
  standard: Standard;
  official: boolean;
  tokens: string[];
}

export class StandardCatalogue {
  readonly sets: readonly StandardSet[];
  private readonly byId = new Map<string, Standard>();
  private readonly exact = new Map<string, { standard: Standard; official: boolean }[]>();
  /** Spellings by their words without stop-words ("Recruitment & performance management"). */
  private readonly loose = new Map<string, Standard[]>();
  private readonly spellings: Spelling[] = [];
  /** Each word → the spellings (indices, ascending) that hold it: near() looks only at spellings sharing a word. */
  private readonly byWord = new Map<string, number[]>();
  private readonly prefixes: { key: string; set?: StandardSet }[] = [];
  /** By preference and near flag, then by the text itself (a header's own string: its hash is kept by V8). */
  private readonly cache = new Map<string, Map<string, StandardMatch | null>>();
  private cached = 0;

  /** `sets` in order of preference: a spelling two sets share, and a bare number, go to the first. */
  constructor(sets: readonly StandardSet[]) {
    this.sets = sets;
    for (const set of sets) {
      for (const prefix of set.prefixes) this.prefixes.push({ key: foldKey(prefix), set });
      for (const standard of set.standards) {
        this.byId.set(standard.id, standard);
        const official = [
          standard.id,
          `${set.code}${standard.n}`,
          ...Object.values(standard.label),
          ...Object.values(shownLabel(set, standard)),
          ...standard.titles,
        ];
        for (const s of official) this.add(s, standard, true);
        for (const s of standard.aliases) this.add(s, standard, false);
      }
    }
    for (const prefix of GENERIC_PREFIXES) this.prefixes.push({ key: foldKey(prefix) });
    this.prefixes.sort((a, b) => b.key.length - a.key.length);
  }

  private add(text: string, standard: Standard, official: boolean): void {
    const key = foldKey(text);
    if (!key) return;
    const list = this.exact.get(key) ?? [];
    if (!list.some((e) => e.standard === standard)) list.push({ standard, official });
    this.exact.set(key, list);
    const words = tokens(text);
    for (const word of new Set(words)) {
      const list = this.byWord.get(word) ?? [];
      list.push(this.spellings.length);
      this.byWord.set(word, list);
    }
    this.spellings.push({ standard, official, tokens: words });
    const loose = words.join(' ');
    if (loose) this.loose.set(loose, [...(this.loose.get(loose) ?? []).filter((s) => s !== standard), standard]);
  }

  standard(id: string): Standard | undefined {
    return this.byId.get(id);
  }

  set(id: string): StandardSet | undefined {
    return this.sets.find((s) => s.id === id);
  }

  /**
   * The standard a text names, or undefined. Sets listed in `prefer` (ids) win a bare number and shared names.
   * `near: false` leaves out the last resort, a reading of the whole text by its nearest spelling (always a 'near'
   * match): for callers that would refuse it, as header readers do, since on prose it costs a scan of every spelling.
   */
  match(text: string, prefer: readonly string[] = [], near = true): StandardMatch | undefined {
    const how = `${prefer.join(',')}|${near ? '' : '-'}`;
    let byText = this.cache.get(how);
    const cached = byText?.get(text);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.read(text, prefer, near);
    if (this.cached > 5000) {
      this.cache.clear();
      this.cached = 0;
      byText = undefined;
    }
    if (!byText) this.cache.set(how, (byText = new Map()));
    byText.set(text, found ?? null);
    this.cached++;
    return found;
  }

  /** The nearest standard to a text that names none: the did-you-mean of a "not in the list" finding. */
  suggest(text: string): Standard | undefined {
    // "MOS-9" is no typo of "MOS-1": numbers are never guessed.
    if (/\d/.test(text)) return undefined;
    const near = didYouMean(text, [...this.exact.keys()]);
    return near === undefined ? undefined : this.exact.get(near)?.[0]?.standard;
  }

  private read(text: string, prefer: readonly string[], near: boolean): StandardMatch | undefined {
    const folded = foldKey(text);
    if (!folded) return undefined;
    const exact = this.named(folded, prefer);
    if (exact) return exact;
    const numbered = this.numbered(text, prefer);
    if (numbered) return numbered;
    // near() folds what it is given: the folded text reads the same, without folding a long text again.
    return this.bracketed(text, prefer) ?? (near ? this.near(folded, prefer) : undefined);
  }

  /** "Complaints mechanism (CBCM)": the name without its bracket, or the bracket alone. */
  private bracketed(text: string, prefer: readonly string[]): StandardMatch | undefined {
    const bracket = /^(.*?)\s*[([]([^)\]]+)[)\]]\s*$/.exec(text);
    if (!bracket) return undefined;
    return this.named(foldKey(bracket[1]), prefer) ?? this.named(foldKey(bracket[2]), prefer);
  }

  private ranked<T extends { standard: Standard }>(list: readonly T[], prefer: readonly string[]): T[] {
    const rank = (s: Standard) => {
      const p = prefer.indexOf(s.set);
      return p >= 0 ? p : prefer.length + this.sets.findIndex((set) => set.id === s.set);
    };
    return [...list].sort((a, b) => rank(a.standard) - rank(b.standard));
  }

  private named(folded: string, prefer: readonly string[]): StandardMatch | undefined {
    const hits = this.exact.get(folded);
    if (!hits?.length) {
      const loose = this.loose.get(foldedTokens(folded).join(' '));
      const best =
        loose &&
        this.ranked(
          loose.map((standard) => ({ standard })),
          prefer,
        )[0];
      return best ? { standard: best.standard, how: 'alias' } : undefined;
    }
    const best = this.ranked(hits, prefer)[0];
    return { standard: best.standard, how: best.official ? 'official' : 'alias' };
  }

  /** "MOS 3", "Norma básica 1: Política", "1. PSEA policy", "CS1": a set's prefix (or none), a number, a name. */
  private numbered(text: string, prefer: readonly string[]): StandardMatch | undefined {
    const m = /^(\D*?)(\d{1,2})(?!\d)(.*)$/su.exec(text.trim());
    if (!m) return undefined;
    const prefixKey = foldKey(m[1]);
    const prefix = prefixKey ? this.prefixes.find((p) => p.key === prefixKey) : undefined;
    // "Outcome 3", "Q1": a number after words that are no prefix of a set is no standard.
    if (prefixKey && !prefix) return undefined;
    const name = m[3].replace(/^[\s.):–—-]+/u, '').trim();
    if (/^\d/.test(name)) return undefined; // "1.1"
    const n = Number(m[2]);
    const byName = name
      ? (this.named(foldKey(name), prefer) ?? this.bracketed(name, prefer) ?? this.near(name, prefer))
      : undefined;
    if (prefix?.set) {
      const standard = prefix.set.standards.find((s) => s.n === n);
      if (!standard) return undefined;
      // "MOS 3 – Policy": a name that belongs to another standard makes the reading a near one, said so.
      const agrees = !byName || byName.standard === standard;
      return { standard, how: agrees && byName?.how !== 'near' ? 'number' : 'near' };
    }
    if (name && !byName) return undefined;
    if (byName && byName.standard.n === n)
      return { standard: byName.standard, how: byName.how === 'near' ? 'near' : 'number' };
    for (const set of this.ordered(prefer)) {
      const standard = set.standards.find((s) => s.n === n);
      // A name that belongs to another number: the number is read, and said to be a near reading.
      if (standard) return { standard, how: byName ? 'near' : 'number' };
    }
    return undefined;
  }

  private ordered(prefer: readonly string[]): StandardSet[] {
    return this.ranked(
      this.sets.map((set) => ({ standard: set.standards[0], set })).filter((x) => x.standard),
      prefer,
    ).map((x) => x.set);
  }

  /** The standard whose spelling shares most words with the text, when clearly ahead; else a typo's nearest. */
  private near(text: string, prefer: readonly string[]): StandardMatch | undefined {
    const words = tokens(text);
    if (!words.length || words.length > 16) return undefined;
    const best = new Map<Standard, number>();
    // Spellings sharing no word score nothing: only those that share one are scored, in their order (on prose, a
    // scan of every spelling per header text was a tenth of a matrix's analysis).
    const sharing = new Set<number>();
    for (const word of words) for (const i of this.byWord.get(word) ?? []) sharing.add(i);
    for (const i of [...sharing].sort((a, b) => a - b)) {
      const spelling = this.spellings[i];
      const common = spelling.tokens.filter((t) => words.includes(t)).length;
      if (!common) continue;
      const union = new Set([...spelling.tokens, ...words]).size;
      const score = common / union;
      if ((common >= 2 && score >= 0.5) || score >= 0.75)
        best.set(spelling.standard, Math.max(best.get(spelling.standard) ?? 0, score));
    }
    const ranked = this.ranked(
      [...best].map(([standard, score]) => ({ standard, score })),
      prefer,
    ).sort((a, b) => b.score - a.score);
    if (ranked.length && (ranked.length === 1 || ranked[0].score > ranked[1].score))
      return { standard: ranked[0].standard, how: 'near' };
    if (ranked.length) return undefined;
    const typo = this.typo(text);
    return typo ? { standard: typo, how: 'near' } : undefined;
  }

  /** A typo of one spelling (two edits at most, fewer in short words): "Polcy", "Focal piont". */
  private typo(text: string): Standard | undefined {
    const key = foldKey(text);
    if (key.length < 5 || /\d/.test(key)) return undefined;
    const max = Math.min(2, Math.floor(key.length / 5));
    let best: { standard: Standard; d: number } | undefined;
    let tie = false;
    for (const [spelling, hits] of this.exact) {
      if (/\d/.test(spelling)) continue;
      const d = levenshtein(key, spelling, max);
      if (d > max) continue;
      if (best && d === best.d && hits[0].standard !== best.standard) tie = true;
      if (!best || d < best.d) [best, tie] = [{ standard: hits[0].standard, d }, false];
    }
    return best && !tie ? best.standard : undefined;
  }
}
