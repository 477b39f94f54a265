/**
 * One cell as CSV text: formula-like text made literal (templates/core/neutralise.ts), numbers with their sign, dates
 * ISO. French and Spanish Excel read `;` between cells and `,` in numbers: CsvFormat says which a file uses.
 */
import type { CellValue, Lang } from '../../templates/index.js';
import { neutraliseText } from '../../templates/core/neutralise.js';
import { isoDay } from '../../templates/core/text.js';

export interface CsvFormat {
  delimiter: string;
  /** Numbers written with a decimal comma (0,75), as French and Spanish Excel read them. */
  decimalComma: boolean;
}

export const CSV_SEPARATORS = [',', ';', 'tab', '|'];

export const COMMA_CSV: CsvFormat = { delimiter: ',', decimalComma: false };

/** `--lang fr|es`: `;` and a decimal comma; `--csv-sep` names another separator (a comma keeps the decimal point). */
export function csvFormat(lang: Lang, sep?: string): CsvFormat {
  const delimiter = sep === undefined ? (lang === 'en' ? ',' : ';') : sep === 'tab' ? '\t' : sep;
  return { delimiter, decimalComma: lang !== 'en' && delimiter !== ',' };
}

export function csvCell(value: CellValue | undefined, format: CsvFormat = COMMA_CSV): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') return format.decimalComma ? String(value).replace('.', ',') : String(value);
  return typeof value === 'string' ? neutraliseText(value) : String(value);
}
