/** Reports what is wrong with a date cell, so each kind's date rules say only which rule ids to use. */
import type { CellValue } from './types.js';
import type { Reporter } from './report.js';
import type { ParsedDate } from './dates.js';
import { cellText, isBlank } from './text.js';

export interface DateRules {
  /** Error: the cell is filled but is no date. Params: value. */
  invalid: string;
  /** Warning: day/month order cannot be told. Params: value, dmy, mdy. */
  ambiguous: string;
}

/** True when the cell holds a usable date (ambiguous ones included, with their warning). */
export function reportDate(raw: CellValue | undefined, parsed: ParsedDate | undefined, field: string, row: number, report: Reporter, rules: DateRules): boolean {
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
