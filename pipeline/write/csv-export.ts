/**
 * --csv: records and tables as CSV (UTF-8 with BOM, so Excel opens accents); --hxl adds a hashtag row under the
 * header. The files are written by StreamedOutputs.writeCsvExports (streamed-outputs.ts).
 */
import Papa from 'papaparse';
import type { CellValue, OutputRecord } from '../../templates/index.js';
import type { KindOutput } from '../consolidate.js';
import { csvCell } from './csv-cell.js';

export function csvText(header: string[], rows: readonly (readonly CellValue[])[], hxl?: string[]): string {
  const data = hxl ? [hxl, ...rows] : rows;
  const cells = data.map((row) => row.map(csvCell));
  return '\uFEFF' + Papa.unparse({ fields: header.map(csvCell), data: cells }, { newline: '\r\n' }) + '\r\n';
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

const csvPrefix = (columns: Pick<KindOutput, 'fields' | 'derived'>, r: OutputRecord): string[] => [
  csvCell(r.source.file),
  csvCell(r.source.sheet),
  csvCell(r.source.row),
  ...columns.fields.map((f) => csvCell(r.values[f] ?? null)),
  ...columns.derived.map((f) => csvCell(r.derived[f] ?? null)),
];

const csvExtra = (r: OutputRecord): Record<string, string> =>
  Object.fromEntries(Object.entries(r.extra ?? {}).map(([h, v]) => [h, csvCell(v as CellValue)]));

/** One record as a spooled line of records-KIND.csv: its cells as CSV text, its extra ones by header. */
export function recordCsvLine(columns: Pick<KindOutput, 'fields' | 'derived'>, record: OutputRecord): string {
  return JSON.stringify([csvPrefix(columns, record), csvExtra(record)]) + '\n';
}

/**
 * records-KIND.csv from its spooled lines, as csvText writes it (BOM, header, the HXL row, the rows), in chunks of
 * 2,000 rows; `extra` is the kind's final list of extra columns.
 */
export function* recordsCsvChunks(
  header: string[],
  tags: string[] | undefined,
  lines: Iterable<string>,
  extra: readonly string[],
): Generator<string> {
  const fields = header.map(csvCell);
  const unparse = (data: string[][], first: boolean) =>
    Papa.unparse({ fields, data }, { newline: '\r\n', header: first });
  let chunk: string[][] = tags ? [tags.map(csvCell)] : [];
  let first = true;
  const flush = () => {
    const text = unparse(chunk, first);
    const piece = (first ? '\uFEFF' : '\r\n') + text;
    first = false;
    chunk = [];
    return piece;
  };
  for (const line of lines) {
    if (!line) continue;
    const [prefix, values] = JSON.parse(line) as [string[], Record<string, string>];
    chunk.push([...prefix, ...extra.map((h) => values[h] ?? '')]);
    if (chunk.length >= 2000) yield flush();
  }
  if (chunk.length || first) yield flush();
  yield '\r\n';
}
