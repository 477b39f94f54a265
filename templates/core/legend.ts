/**
 * Legend lines under a table that explain its codes: "Legend:", "A = In place", "B – partially in place". They are
 * set aside as a legend, never read as records, and the kinds read the codes from them.
 */
import { foldKey } from './text.js';

const TITLES = new Set(['legend', 'legende', 'leyenda', 'key', 'cle', 'clave', 'codes', 'codigos', 'code']);

/** A legend's title line: "Legend:", "Légende", "Leyenda :". */
export function isLegendTitle(text: string): boolean {
  return TITLES.has(foldKey(text));
}

export interface LegendEntry {
  code: string;
  meaning: string;
}

const ENTRY = /^\s*([A-Za-z0-9✓✔✗✘]{1,2})\s*(?:=|:|–|—|-|→)\s*(\S.{0,60})$/u;
/** Abbreviations that open a note, not a legend line. */
const NOT_CODES = new Set(['NB', 'PS']);

/** "A = Establecido" → { code: 'A', meaning: 'Establecido' }; undefined for any other text. */
export function legendEntry(text: string): LegendEntry | undefined {
  const m = ENTRY.exec(text);
  if (!m || NOT_CODES.has(m[1].toUpperCase())) return undefined;
  return { code: m[1], meaning: m[2].trim() };
}
