/**
 * consolidated.xlsx in the user's language: sheet names, headers and list values in French or Spanish, with a Fields
 * sheet that gives each shown header its canonical field name, so other tools can still read the workbook. English
 * keeps the canonical names themselves (nothing to map back).
 */
import type { CellValue, Lang, SetAsideReason } from '../../templates/index.js';
import { SET_ASIDE_NOUNS } from '../messages.js';
import { columnLabel, isOurValue, kindShortTitle, tableTitle, valueLabel } from '../../templates/present/labels.js';
import { WORDS } from '../../templates/present/words.js';
import { columnLetter } from '../../templates/core/text.js';

/** Row 1 of the Fields sheet carries this mark: the sheet is told by it, not by its (translated) name. */
export const FIELDS_MARKER = 'psea-sheets: fields';

export class WorkbookWords {
  /** Sheet, column letter, header shown, canonical name: the Fields sheet's rows. */
  readonly fields: [string, string, string, string][] = [];

  constructor(readonly lang: Lang) {}

  get translated(): boolean {
    return this.lang !== 'en';
  }

  /** A word of ours (Findings, About, Fields, …). */
  word(key: string): string {
    return this.translated ? (WORDS[key]?.[this.lang] ?? key) : key;
  }

  /** Why rows were set aside (blank, section, …): the plural the row accounting uses. */
  reason(reason: string): string {
    const noun = SET_ASIDE_NOUNS[reason as SetAsideReason];
    return this.translated && noun ? noun[this.lang][1] : reason;
  }

  column(key: string, kind?: string): string {
    return this.translated ? columnLabel(key, this.lang, kind) : key;
  }

  kindSheet(kind: string): string {
    return this.translated ? kindShortTitle(kind, this.lang) : kind;
  }

  tableSheet(name: string): string {
    return this.translated
      ? tableTitle(name, this.lang, 'management-response')
      : name.replace(/^management-response\./, '');
  }

  /** The headers shown for canonical keys, each remembered for the Fields sheet under the sheet's final name. */
  headers(sheet: string, keys: readonly string[], kind?: string): string[] {
    if (!this.translated) return [...keys];
    const shown = keys.map((key) => columnLabel(key, this.lang, kind));
    // Excel tables need distinct header texts: a second column with the same label keeps its key beside it.
    const seen = new Set<string>();
    const unique = shown.map((h, i) => {
      const text = seen.has(h.toLowerCase()) ? `${h} (${keys[i]})` : h;
      seen.add(text.toLowerCase());
      return text;
    });
    unique.forEach((h, i) => this.fields.push([sheet, columnLetter(i), h, keys[i]]));
    return unique;
  }

  /** A record's value: a list field's value in the list's language; other text as the user wrote it. */
  recordValue(kind: string, field: string, value: CellValue): CellValue {
    return this.translated && typeof value === 'string' ? valueLabel(value, this.lang, kind, field) : value;
  }

  /** A table cell: our values and keys translated, anything a user wrote (a unit, an agency) as written. */
  tableValue(value: CellValue): CellValue {
    return this.translated && typeof value === 'string' && isOurValue(value) ? valueLabel(value, this.lang) : value;
  }
}
