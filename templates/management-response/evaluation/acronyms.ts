/**
 * A workbook's own list of unit codes: a sheet named "Acronyms", "List of acronyms", "Abbreviations", "Sigles",
 * "Siglas", "Acrónimos"…, one code and its name per row, under a title or a header row.
 */
import type { SheetGrid } from '../../core/types.js';
import { cellText, foldKey } from '../../core/text.js';
import type { Unit } from '../settings.js';

const SHEET_WORDS = /\b(?:acronyms?|abbreviations?|sigles?|siglas?|acronimos?|abreviaturas?|abreviations?)\b/;
/** Header cells of such a list: never a code. */
const HEADER_WORDS = new Set(
  [
    'acronym',
    'acronyms',
    'abbreviation',
    'code',
    'meaning',
    'full name',
    'name',
    'definition',
    'description',
    'sigle',
    'sigles',
    'signification',
    'nom',
    'intitule',
    'sigla',
    'siglas',
    'significado',
    'nombre',
    'acronimo',
  ].map(foldKey),
);

export function isAcronymSheet(sheet: SheetGrid): boolean {
  return SHEET_WORDS.test(foldKey(sheet.name));
}

/** A code: one short token ("PSEAH", "CoM/HoO", "DDG-MR", "M&E", "RC/HC"), not a sentence. */
function looksLikeCode(text: string): boolean {
  return text.length <= 16 && text.split(' ').length <= 2 && /[A-Z]/.test(text) && !HEADER_WORDS.has(foldKey(text));
}

/** The codes and names of every acronym sheet of the workbook, in order; the first spelling of a code wins. */
export function readAcronyms(sheets: readonly SheetGrid[]): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const sheet of sheets.filter(isAcronymSheet))
    for (const row of sheet.rows) {
      const cells = row.map((v) => cellText(v)).filter(Boolean);
      if (cells.length < 2 || !looksLikeCode(cells[0]) || HEADER_WORDS.has(foldKey(cells[1]))) continue;
      const key = foldKey(cells[0]);
      if (seen.has(key)) continue;
      seen.add(key);
      units.push({ code: cells[0], name: cells[1] });
    }
  return units;
}
