/**
 * --csv: records and tables as CSV (UTF-8 with BOM, so Excel opens accents); --hxl adds a hashtag row under the
 * header.
 */
import Papa from 'papaparse';
import { kindById, type CellValue } from '../../templates/index.js';
import { flattenKindTables } from '../../templates/core/tabulate.js';
import { recordColumnTag, tableColumnTag } from '../../templates/core/hxl.js';
import type { KindOutput } from '../consolidate.js';
import { outputPath, writeAtomic } from './atomic.js';
import { csvCell } from './csv-cell.js';
import { recordHeader, recordRow } from './consolidated-xlsx.js';

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

export async function writeCsvExports(
  out: string,
  kinds: readonly KindOutput[],
  options: { hxl: boolean },
): Promise<string[]> {
  const written: string[] = [];
  const taken = new Set<string>();
  for (const kind of kinds) {
    const header = recordHeader(kind);
    const fields = kindById(kind.kind)?.def.fields ?? [];
    const tags = options.hxl ? header.map((h) => recordColumnTag(h, fields)) : undefined;
    const path = outputPath(out, csvFileName('records', kind.kind, taken));
    await writeAtomic(
      path,
      csvText(
        header,
        kind.records.map((r) => recordRow(kind, r)),
        tags,
      ),
    );
    written.push(path);
    for (const table of flattenKindTables(kind.kind, kind.tables)) {
      const tablePath = outputPath(out, csvFileName('table', table.name, taken));
      await writeAtomic(
        tablePath,
        csvText(table.header, table.rows, options.hxl ? table.header.map(tableColumnTag) : undefined),
      );
      written.push(tablePath);
    }
  }
  return written;
}
