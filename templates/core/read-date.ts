/** The check of every "not a date" rule: each filled date cell the reader could not read as a date. */
import type { CellValue } from './types.js';
import type { ParsedDate } from './dates.js';
import type { Emit } from './rule.js';
import { cellText, isBlank } from './text.js';

export interface DateCell {
  field: string;
  raw: CellValue;
  parsed?: ParsedDate;
}

export function emitNonDates(row: number, cells: readonly DateCell[], emit: Emit<{ value: string }>): void {
  for (const { field, raw, parsed } of cells) {
    if (isBlank(raw) || parsed) continue;
    const value = cellText(raw);
    emit({ row, field, value }, { value });
  }
}
