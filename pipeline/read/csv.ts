/**
 * CSV → WorkbookGrid through papaparse: encoding detected from the bytes, delimiter guessed,
 * line endings normalised, one sheet named after the file.
 */
import Papa from 'papaparse';
import type { CellValue, ReaderNote, WorkbookGrid } from '../../templates/index.js';
import { decodeText } from './text-encoding.js';

const DELIMITERS = [',', ';', '\t', '|'];
/** A quote character no CSV holds: the broken line is read with its quotes as plain text. */
const NO_QUOTES = '\u{10FFFF}';

interface Rows {
  rows: string[][];
  /** 1-based rows where a quote opens and is never properly closed. */
  broken: number[];
}

/**
 * An unclosed quote swallows the rest of the file (and a malformed one the next lines). Rather than lose it, the line
 * where the quote opens
 * is read with quotes as plain text, and reading resumes normally on the next line.
 */
function parseRows(text: string, delimiter?: string): Rows & { delimiter: string } {
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    newline: '\n',
    ...(delimiter ? { delimiter } : { delimitersToGuess: DELIMITERS }),
  });
  // Papaparse flags a quote never closed, or closed then followed by text; both start where the quote opens.
  const open = parsed.errors.filter((e) => e.type === 'Quotes').sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
  if (!open) return { rows: parsed.data, broken: [], delimiter: delimiter ?? parsed.meta.delimiter };
  const at = open.index ?? 0;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // The swallowed tail spoils the guess: guess again on the sound lines before the broken one.
  const used =
    delimiter ??
    (lineStart
      ? Papa.parse(text.slice(0, lineStart - 1), { delimitersToGuess: DELIMITERS }).meta.delimiter
      : parsed.meta.delimiter);
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const before: Rows = lineStart ? parseRows(text.slice(0, lineStart - 1), used) : { rows: [], broken: [] };
  const line = Papa.parse<string[]>(text.slice(lineStart, lineEnd), {
    delimiter: used,
    quoteChar: NO_QUOTES,
    newline: '\n',
  }).data;
  const after: Rows = lineEnd < text.length ? parseRows(text.slice(lineEnd + 1), used) : { rows: [], broken: [] };
  const row = before.rows.length + 1;
  const shift = before.rows.length + line.length;
  return {
    rows: [...before.rows, ...line, ...after.rows],
    broken: [...before.broken, row, ...after.broken.map((r) => r + shift)],
    delimiter: used,
  };
}

export function readCsv(bytes: Uint8Array, file: string, sheetName: string): WorkbookGrid {
  const decoded = decodeText(bytes);
  // \r\n, \n and a lone \r (old Mac exports) can meet in one file once rows were pasted together.
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { rows: raw, broken } = parseRows(text);
  const rows: CellValue[][] = raw.map((row) => row.map((v) => (v === '' ? null : v)));
  // papaparse yields one empty row for a final newline.
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const notes: ReaderNote[] = broken.map((row) => ({
    rule: 'read.csv-unclosed-quote',
    sheet: sheetName,
    row,
    params: { row },
  }));
  if (decoded.encoding === 'windows-1252')
    notes.unshift({ rule: 'read.csv-encoding', params: { encoding: 'Windows-1252' } });
  return { file, sheets: [{ name: sheetName, rows }], ...(notes.length ? { notes } : {}) };
}
