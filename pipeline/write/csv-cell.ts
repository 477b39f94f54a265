/**
 * One cell as CSV text: formula-like text made literal (templates/core/neutralise.ts), numbers with their sign, dates
 * ISO.
 */
import type { CellValue } from '../../templates/index.js';
import { neutraliseText } from '../../templates/core/neutralise.js';
import { isoDay } from '../../templates/core/text.js';

export function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  return typeof value === 'string' ? neutraliseText(value) : String(value);
}
