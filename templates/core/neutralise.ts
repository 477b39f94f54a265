/**
 * CSV/formula injection (OWASP): a text cell that starts with = + - @, a tab or a carriage return can be
 * taken for a formula by Excel, LibreOffice or Sheets when a CSV is opened or a cell is edited. Every writer
 * (CSV, xlsx, the add-in's Summary and state sheets) passes text through here. A leading apostrophe makes the
 * text literal: in a CSV and an xlsx it is kept as a visible character; written through Office.js it is
 * Excel's own quote prefix and does not show. Numbers, booleans and dates are never touched, so -5 stays -5.
 * Text that merely looks numeric ("-5", "+41 22 …") is prefixed too, as OWASP advises: it is text in the input.
 */
import type { CellValue } from './types.js';

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function isFormulaLike(text: string): boolean {
  return DANGEROUS_START.test(text);
}

export function neutraliseText(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** The same cell, with text made literal; every other type unchanged. */
export function neutralise<T extends CellValue | undefined>(value: T): T {
  return (typeof value === 'string' ? neutraliseText(value) : value) as T;
}

export function neutraliseRow<T extends CellValue | undefined>(row: readonly T[]): T[] {
  return row.map(neutralise);
}
