/** Reports what is wrong with a date cell, so each kind's date rules say only which rule ids to use. */
import type { CellValue } from './types.js';
import type { Reporter } from './report.js';
import type { ParsedDate } from './dates.js';
import { cellText, isBlank } from './text.js';
import type { MessageCatalogue } from './messages.js';

export interface DateRules {
  /** Error: the cell is filled but is no date. Params: value. */
  invalid: string;
  /** Warning: day/month order cannot be told. Params: value, dmy, mdy. */
  ambiguous: string;
}

/** True when the cell holds a usable date (ambiguous ones included, with their warning). */
export function reportDate(
  raw: CellValue | undefined,
  parsed: ParsedDate | undefined,
  field: string,
  row: number,
  report: Reporter,
  rules: DateRules,
): boolean {
  if (isBlank(raw)) return false;
  const value = cellText(raw);
  if (!parsed) {
    report.error(rules.invalid, { row, field, value }, { value });
    return false;
  }
  if (parsed.ambiguous) {
    report.warning(rules.ambiguous, { row, field, value, suggestion: parsed.iso }, { value, ...parsed.ambiguous });
  }
  return true;
}

/** The warning of `DateRules.ambiguous`, under a kind's prefix. */
export function dateMessages(prefix: string): MessageCatalogue {
  return {
    [`${prefix}.date-ambiguous`]: {
      en: 'Date "{value}" can be read as {dmy} (day first) or {mdy} (month first); read as {dmy}. Write it as yyyy-mm-dd.',
      fr: 'La date « {value} » peut se lire {dmy} (jour d’abord) ou {mdy} (mois d’abord) ; lue comme {dmy}. Écrivez-la aaaa-mm-jj.',
      es: 'La fecha «{value}» puede leerse {dmy} (día primero) o {mdy} (mes primero); leída como {dmy}. Escríbala aaaa-mm-dd.',
    },
  };
}
