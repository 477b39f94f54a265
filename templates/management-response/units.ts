/** Looking unit codes up in the code list; the splitting itself is shared in core/split-codes.ts. */
import { foldKey, didYouMean } from '../core/text.js';
import { splitUnits } from '../core/split-codes.js';
import type { MatrixSettings } from './settings.js';

export type UnitMatch =
  | { kind: 'known'; code: string; name: string; /** Typed exactly as the list has it. */ exact: boolean }
  | { kind: 'unknown'; text: string; suggestion?: string }
  /** A code, with no unit list to check it against (the evaluation gave none). */
  | { kind: 'unlisted'; text: string }
  | { kind: 'free-text'; text: string };

/** "MEC", "GBViC", "CoM" read as codes; "Programme", "relevant units" read as prose. */
function looksLikeCode(text: string): boolean {
  if (!/^[A-Z][A-Za-z0-9\-–.&]*$/.test(text)) return false;
  return text.length <= 4 || (text.match(/[A-Z]/g) ?? []).length >= 2;
}

export class UnitDirectory {
  private readonly byKey = new Map<string, { code: string; name: string }>();
  private readonly codes: string[];

  constructor(settings: MatrixSettings) {
    for (const unit of settings.units) this.byKey.set(foldKey(unit.code), unit);
    this.codes = settings.units.map((u) => u.code);
  }

  isCode = (token: string): boolean => this.byKey.has(foldKey(token));

  tokens(text: string): string[] {
    return splitUnits(text, this.isCode);
  }

  lookup(token: string): UnitMatch {
    // "DOE (inter-agency PSEA)" is the code DOE with a qualifier.
    const base = token.replace(/\s*\(.*\)\s*$/, '');
    const known = this.byKey.get(foldKey(token)) ?? this.byKey.get(foldKey(base));
    // A code in another case (pseah for PSEAH) is the code as the list has it: nothing to report.
    const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
    if (known)
      return {
        kind: 'known',
        code: known.code,
        name: known.name,
        exact: same(known.code, token) || same(known.code, base),
      };
    if (!this.codes.length)
      return looksLikeCode(base) ? { kind: 'unlisted', text: token } : { kind: 'free-text', text: token };
    const suggestion = didYouMean(token.replace(/\s+/g, ''), this.codes);
    if (suggestion) return { kind: 'unknown', text: token, suggestion };
    return looksLikeCode(base) ? { kind: 'unknown', text: token } : { kind: 'free-text', text: token };
  }

  /** Full names for a unit cell, codes kept where no name is known. */
  names(text: string): string {
    return this.tokens(text)
      .map((token) => {
        const match = this.lookup(token);
        return match.kind === 'known' && match.name ? match.name : token;
      })
      .join('; ');
  }
}
