/** Splitting a cell that names several codes (units, organisations) into one token each. */
import { foldKey } from './text.js';

/** Splits on , ; and the words and/et/y, never inside parentheses: "DOE (GBV, AAP)" stays whole. */
export function splitUnitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      flush();
      continue;
    }
    const word = depth === 0 ? /^\s+(and|et|y)\s+/.exec(text.slice(i)) : null;
    if (word) {
      flush();
      i += word[0].length - 1;
      continue;
    }
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
    .flatMap((piece) =>
      isCode(piece) || !piece.includes('/')
        ? [piece]
        : piece
            .split('/')
            .map((p) => p.trim())
            .filter(Boolean),
    );
}
