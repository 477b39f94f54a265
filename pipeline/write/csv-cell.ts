/** One cell as CSV text: formula-like text made literal (templates/core/neutralise.ts), numbers with their sign, dates ISO. */
import type { CellValue } from '../../templates/index.js';
import { neutraliseText } from '../../templates/core/neutralise.js';

export function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? neutraliseText(value) : String(value);
}
