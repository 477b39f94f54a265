/** --csv: records and tables as CSV (UTF-8 with BOM, so Excel opens accents); --hxl adds a hashtag row under the header. */
import Papa from 'papaparse';
import { join } from 'node:path';
import { kindById, type CellValue } from '../../templates/index.js';
import { flattenTables } from '../../templates/core/tabulate.js';
import { recordColumnTag, tableColumnTag } from '../../templates/core/hxl.js';
import type { KindOutput } from '../consolidate.js';
import { writeAtomic } from './atomic.js';
import { recordHeader, recordRow } from './consolidated-xlsx.js';

export function csvText(header: string[], rows: readonly (readonly CellValue[])[], hxl?: string[]): string {
  const data = hxl ? [hxl, ...rows] : rows;
  const cells = data.map((row) => row.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))));
  return '\uFEFF' + Papa.unparse({ fields: header, data: cells }, { newline: '\r\n' }) + '\r\n';
}

/** File name for a table: management_response.status_t2.by_pillar → table-management_response-status_t2-by_pillar.csv */
const fileFor = (prefix: string, name: string) => `${prefix}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}.csv`;

export async function writeCsvExports(out: string, kinds: readonly KindOutput[], options: { hxl: boolean }): Promise<string[]> {
  const written: string[] = [];
  for (const kind of kinds) {
    const header = recordHeader(kind);
    const fields = kindById(kind.kind)?.def.fields ?? [];
    const tags = options.hxl ? header.map((h) => recordColumnTag(h, fields)) : undefined;
    const path = join(out, fileFor('records', kind.kind));
    await writeAtomic(path, csvText(header, kind.records.map((r) => recordRow(kind, r)), tags));
    written.push(path);
    for (const table of flattenTables(kind.tablesKey, kind.tables)) {
      const tablePath = join(out, fileFor('table', table.name));
      await writeAtomic(tablePath, csvText(table.header, table.rows, options.hxl ? table.header.map(tableColumnTag) : undefined));
      written.push(tablePath);
    }
  }
  return written;
}
