/** Splitting unit cells into codes and looking them up in the code list. */
import { foldKey, didYouMean } from '../core/text.js';
import type { MatrixSettings } from './settings.js';

/** Splits on , ; / and the words and/et/y, never inside parentheses: "DOE (GBV, AAP)" stays whole. */
export function splitUnits(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => { if (current.trim()) parts.push(current.trim()); current = ''; };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '/' || ch === '\n')) { flush(); continue; }
    const word = depth === 0 ? /^\s+(and|et|y)\s+/.exec(text.slice(i)) : null;
    if (word) { flush(); i += word[0].length - 1; continue; }
    current += ch;
  }
  flush();
  return parts;
}

export type UnitMatch =
  | { kind: 'known'; code: string; name: string }
  | { kind: 'unknown'; text: string; suggestion?: string }
  | { kind: 'free-text'; text: string };

export class UnitDirectory {
  private readonly byKey = new Map<string, { code: string; name: string }>();
  private readonly codes: string[];

  constructor(settings: MatrixSettings) {
    for (const unit of settings.units) this.byKey.set(foldKey(unit.code), unit);
    this.codes = settings.units.map((u) => u.code);
  }

  lookup(token: string): UnitMatch {
    const exact = this.byKey.get(foldKey(token)) ?? this.byKey.get(foldKey(token.replace(/\s*\(.*\)\s*$/, '')));
    if (exact) return { kind: 'known', code: exact.code, name: exact.name };
    const squeezed = token.replace(/\s+/g, '');
    const suggestion = didYouMean(squeezed, this.codes);
    if (suggestion) return { kind: 'unknown', text: token, suggestion };
    // One word that starts with a capital reads as a code; a phrase reads as prose.
    if (/^[A-Z][A-Za-z0-9\-–.]*$/.test(token.replace(/\s*\(.*\)\s*$/, ''))) return { kind: 'unknown', text: token };
    return { kind: 'free-text', text: token };
  }

  /** Full names for a unit cell, codes kept where no name is known. */
  names(text: string): string {
    return splitUnits(text)
      .map((token) => {
        const match = this.lookup(token);
        return match.kind === 'known' && match.name ? match.name : token;
      })
      .join('; ');
  }
}
