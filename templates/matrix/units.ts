/** Splitting unit cells into codes and looking them up in the code list. */
import { foldKey, didYouMean } from '../core/text.js';
import type { MatrixSettings } from './settings.js';

/** Splits on , ; and the words and/et/y, never inside parentheses: "DOE (GBV, AAP)" stays whole. */
export function splitUnitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => { if (current.trim()) parts.push(current.trim()); current = ''; };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) { flush(); continue; }
    const word = depth === 0 ? /^\s+(and|et|y)\s+/.exec(text.slice(i)) : null;
    if (word) { flush(); i += word[0].length - 1; continue; }
    current += ch;
  }
  flush();
  return parts;
}

const NOT_APPLICABLE = new Set(['n a', 'na', 'none', 'aucune', 'ninguna', 's o']);

/**
 * Unit tokens of a cell: split on , ; and/et/y, then on "/" unless the code list has the
 * slashed form itself ("CoM/HoO"). "n/a" and "none" name no unit.
 */
export function splitUnits(text: string, isCode: (token: string) => boolean = () => false): string[] {
  return splitUnitList(text)
    .filter((piece) => !NOT_APPLICABLE.has(foldKey(piece)))
    .flatMap((piece) => (isCode(piece) || !piece.includes('/') ? [piece] : piece.split('/').map((p) => p.trim()).filter(Boolean)));
}

export type UnitMatch =
  | { kind: 'known'; code: string; name: string; /** Typed exactly as the list has it. */ exact: boolean }
  | { kind: 'unknown'; text: string; suggestion?: string }
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
    if (known) return { kind: 'known', code: known.code, name: known.name, exact: known.code === token || known.code === base };
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
