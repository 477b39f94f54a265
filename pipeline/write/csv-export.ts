/**
 * --csv: records and tables as CSV (UTF-8 with BOM, so Excel opens accents); --hxl adds a hashtag row under the
 * header. The files are written by StreamedOutputs.writeCsvExports (streamed-outputs.ts).
 */
import Papa from 'papaparse';
import type { CellValue } from '../../templates/index.js';
import { COMMA_CSV, csvCell, type CsvFormat } from './csv-cell.js';

export function csvText(
  header: string[],
  rows: readonly (readonly CellValue[])[],
  hxl?: string[],
  format: CsvFormat = COMMA_CSV,
): string {
  const data = hxl ? [hxl, ...rows] : rows;
  const cells = data.map((row) => row.map((v) => csvCell(v, format)));
  const fields = header.map((h) => csvCell(h, format));
  return '\uFEFF' + Papa.unparse({ fields, data: cells }, { newline: '\r\n', delimiter: format.delimiter }) + '\r\n';
}

/** Longest name kept from a kind or table, well inside the 255 bytes file systems allow. */
const MAX_NAME = 100;

/**
 * File name for a table: management-response.status_t2.by_pillar → table-management-response-status_t2-by_pillar.csv.
 * Only letters, digits, _ and - survive (no "/", no ".."); a name already used this run gets ~2, ~3, ….
 */
export function csvFileName(prefix: string, name: string, taken: Set<string>): string {
  const base = `${prefix}-${name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, MAX_NAME)}`;
  let file = `${base}.csv`;
  for (let i = 2; taken.has(file.toLowerCase()); i++) file = `${base}~${i}.csv`;
  taken.add(file.toLowerCase());
  return file;
}

/** records-KIND.csv as csvText writes it (BOM, header, the HXL row, the rows), a chunk of 2,000 rows at a time. */
export function* recordsCsvChunks(
  header: string[],
  tags: string[] | undefined,
  rows: Iterable<readonly CellValue[]>,
  format: CsvFormat = COMMA_CSV,
): Generator<string> {
  const cell = (v: CellValue) => csvCell(v, format);
  const fields = header.map(cell);
  const unparse = (data: string[][], first: boolean) =>
    Papa.unparse({ fields, data }, { newline: '\r\n', header: first, delimiter: format.delimiter });
  let chunk: string[][] = tags ? [tags.map(cell)] : [];
  let first = true;
  const flush = () => {
    const text = unparse(chunk, first);
    const piece = (first ? '\uFEFF' : '\r\n') + text;
    first = false;
    chunk = [];
    return piece;
  };
  for (const row of rows) {
    chunk.push(row.map(cell));
    if (chunk.length >= 2000) yield flush();
  }
  if (chunk.length || first) yield flush();
  yield '\r\n';
}
