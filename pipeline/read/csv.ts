/**
 * CSV → WorkbookGrid through papaparse: encoding detected from the bytes, delimiter guessed,
 * line endings normalised, one sheet named after the file. A linear first pass (csv-scan.ts) applies the
 * limits and finds the lines whose quote is never closed properly; papaparse then parses each stretch.
 */
import Papa from 'papaparse';
import type { CellValue, ReaderNote, WorkbookGrid } from '../../templates/index.js';
import { decodeText } from './text-encoding.js';
import { scanCsv, type CsvScan } from './csv-scan.js';
import { megabytes, readLimits, Unreadable, type ReadLimits } from './limits.js';

const DELIMITERS = [',', ';', '\t', '|'];
/** A quote character no CSV holds: a broken line is read with its quotes as plain text. */
const NO_QUOTES = '\u{10FFFF}';
/** papaparse guesses from the first 10 rows; this much text holds them in any real file. */
const SAMPLE = 1 << 20;

/**
 * Empty lines are left out of the guess: counted, the empty row after a final line end (or a blank line between
 * blocks) has one field, spoils every delimiter's consistency, and a short `;` file fell back to `,` (one column).
 */
function guess(text: string): string {
  return Papa.parse(text.slice(0, SAMPLE), {
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    preview: 10,
    skipEmptyLines: true,
  }).meta.delimiter;
}

/**
 * The delimiter and the scan with it. A quote left open in the first rows spoils the guess: it is made
 * again on the sound lines before the first broken one, as a person reading the file would.
 */
function scanned(text: string, sheet: string, limits: ReadLimits): { delimiter: string; scan: CsvScan } {
  let delimiter = guess(text);
  let scan = scanCsv(text, delimiter, limits, sheet);
  const first = scan.spans.find((s) => s.broken);
  if (first && first.start > 0 && first.start < SAMPLE) {
    const again = guess(text.slice(0, first.start - 1));
    if (again !== delimiter) {
      delimiter = again;
      scan = scanCsv(text, delimiter, limits, sheet);
    }
  }
  return { delimiter, scan };
}

/** V8 holds at most 2^29 - 24 characters in one string; past it, Node's decoders abort the process. */
const MAX_TEXT = 0x1fffffe8;

function decoded(bytes: Uint8Array): ReturnType<typeof decodeText> {
  if (bytes.length > MAX_TEXT)
    throw new Unreadable({ rule: 'read.csv-too-large', params: { size: megabytes(bytes.length), limit: 512 } });
  return decodeText(bytes);
}

export function readCsv(
  bytes: Uint8Array,
  file: string,
  sheetName: string,
  limits: ReadLimits = readLimits(),
): WorkbookGrid {
  const source = decoded(bytes);
  // \r\n, \n and a lone \r (old Mac exports) can meet in one file once rows were pasted together.
  let text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  const { delimiter, scan } = scanned(text, sheetName, limits);
  const rows: CellValue[][] = [];
  const broken: number[] = [];
  for (const span of scan.spans) {
    const parsed = Papa.parse<string[]>(text.slice(span.start, span.end), {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      ...(span.broken ? { quoteChar: NO_QUOTES } : {}),
    });
    // Each line of a broken stretch was read with its quotes as text: one warning per line.
    if (span.broken) for (let i = 0; i < Math.max(1, parsed.data.length); i++) broken.push(span.firstRow + i);
    // The scan follows papaparse's rules; should they ever part, the row still says so.
    else for (const e of parsed.errors) if (e.type === 'Quotes') broken.push(span.firstRow + (e.row ?? 0));
    // A stretch that ends with a line end gets one empty row for it from papaparse: not a row of the file.
    if (span.end < text.length && !span.broken) parsed.data.pop();
    for (const row of parsed.data) rows.push(row.map((v) => (v === '' ? null : v)));
  }
  // papaparse yields one empty row for a final newline.
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const notes: ReaderNote[] = [...new Set(broken)].map((row) => ({
    rule: 'read.csv-unclosed-quote',
    sheet: sheetName,
    row,
    params: { row },
  }));
  if (source.encoding === 'windows-1252')
    notes.unshift({ rule: 'read.csv-encoding', params: { encoding: 'Windows-1252' } });
  return { file, sheets: [{ name: sheetName, rows, delimited: true }], ...(notes.length ? { notes } : {}) };
}
