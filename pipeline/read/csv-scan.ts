/**
 * One forward pass over a CSV text that finds its records and the lines where a quote opens and is not
 * closed properly, with papaparse's rules (a quote opens a field only at its start; "" inside is a quote;
 * the closing quote is followed by spaces, then the delimiter, a line end or the end of the text).
 * It checks the limits while it goes, before any row is built: rows holding values, filled cells and the
 * longest field. Every search moves forward from a remembered position, so the pass is linear even when
 * every line opens a quote it never closes.
 */
import { LIMIT_VARS, megabytes, tooManyCells, tooManyRows, Unreadable, type ReadLimits } from './limits.js';

/**
 * Consecutive lines parsed the same way: normally (broken false, ending with its line end unless it ends the
 * text), or with quotes read as text (the lines of one record, without the last line end).
 */
export interface CsvSpan {
  start: number;
  end: number;
  broken: boolean;
  /** 1-based CSV row of the span's first line. */
  firstRow: number;
}

export interface CsvScan {
  spans: CsvSpan[];
  /** Characters the searches went over: the work done, for the linearity tests. */
  visited: number;
}

const QUOTE = 34,
  NEWLINE = 10,
  SPACE = 32;

function fieldTooLong(row: number, limits: ReadLimits): Unreadable {
  return new Unreadable({
    rule: 'read.csv-field-too-long',
    params: { row, limit: megabytes(limits.maxField), variable: LIMIT_VARS.maxField },
  });
}

export function scanCsv(text: string, delimiter: string, limits: ReadLimits, sheet: string): CsvScan {
  const length = text.length;
  const d = delimiter.charCodeAt(0);
  const spans: CsvSpan[] = [];
  let visited = 0;
  let nextDelimiter = -2;
  let nextNewline = -2;
  // The next delimiter and line end at or after p, each searched again only once passed.
  const delimiterAt = (p: number) => {
    if (nextDelimiter !== -1 && nextDelimiter < p) {
      nextDelimiter = text.indexOf(delimiter, p);
      visited += (nextDelimiter < 0 ? length : nextDelimiter) - p;
    }
    return nextDelimiter < 0 ? length : nextDelimiter;
  };
  const newlineAt = (p: number) => {
    if (nextNewline !== -1 && nextNewline < p) {
      nextNewline = text.indexOf('\n', p);
      visited += (nextNewline < 0 ? length : nextNewline) - p;
    }
    return nextNewline < 0 ? length : nextNewline;
  };
  let rows = 0; // CSV rows so far (records, and each line of a broken span)
  let valueRows = 0;
  let cells = 0;
  const charge = (fieldLength: number, row: number) => {
    if (fieldLength > limits.maxField) throw fieldTooLong(row, limits);
    if (fieldLength > 0 && ++cells > limits.maxCells) throw tooManyCells(sheet, limits);
  };
  const countRow = (filled: boolean) => {
    if (filled && ++valueRows > limits.maxRows) throw tooManyRows(sheet, limits);
  };
  let spanStart = 0;
  let spanRow = 1;
  let pos = 0;
  while (pos < length) {
    const recordStart = pos;
    const cellsBefore = cells;
    let broken = -1;
    for (;;) {
      let fieldLength: number;
      let end: number; // the terminator: a delimiter, a line end, or the text's end
      if (text.charCodeAt(pos) === QUOTE) {
        let q = pos;
        for (;;) {
          const from = q + 1;
          q = text.indexOf('"', from);
          visited += (q < 0 ? length : q) - from;
          if (q < 0) break;
          if (q === length - 1) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            q++;
            continue;
          }
          let k = q + 1;
          while (text.charCodeAt(k) === SPACE) k++;
          const c = text.charCodeAt(k);
          if (c === d || c === NEWLINE) {
            q = k;
            break;
          }
          q = -1; // closed, then followed by text
          break;
        }
        if (q < 0) {
          broken = pos;
          break;
        }
        fieldLength = q - pos - 1;
        end = q === length - 1 ? length : q;
      } else {
        end = Math.min(delimiterAt(pos), newlineAt(pos));
        fieldLength = end - pos;
      }
      charge(fieldLength, rows + 1);
      if (end < length && text.charCodeAt(end) === d) {
        pos = end + 1;
        if (pos < length) continue;
      } else pos = end + 1;
      break;
    }
    if (broken < 0) {
      rows++;
      countRow(cells > cellsBefore);
      continue;
    }
    // The line where the quote opens is read with its quotes as text; reading resumes on the next line.
    cells = cellsBefore;
    const lineEnd = newlineAt(broken);
    // A sound stretch keeps its last line end, so papaparse sees each of its quotes in the same context.
    if (recordStart > spanStart) spans.push({ start: spanStart, end: recordStart, broken: false, firstRow: spanRow });
    spans.push({ start: recordStart, end: lineEnd, broken: true, firstRow: rows + 1 });
    for (let p = recordStart; p <= lineEnd;) {
      const stop = Math.min(delimiterAt(p), newlineAt(p));
      charge(stop - p, rows + 1);
      if (stop >= lineEnd || text.charCodeAt(stop) === NEWLINE) {
        rows++;
        countRow(true);
      }
      p = stop + 1;
    }
    pos = lineEnd + 1;
    spanStart = pos;
    spanRow = rows + 1;
  }
  if (spanStart < length) spans.push({ start: spanStart, end: length, broken: false, firstRow: spanRow });
  return { spans, visited };
}
