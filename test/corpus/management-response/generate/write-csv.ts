/** Writes the first sheet of a spec as CSV (papaparse), with the delimiter and BOM an office's Excel would use. */
import Papa from 'papaparse';
import { writeFileSync } from 'node:fs';
import type { WorkbookSpec } from './model.js';

export function writeCsv(spec: WorkbookSpec, path: string): void {
  const { delimiter, bom } = spec.csv ?? { delimiter: ',', bom: false };
  const [sheet] = spec.sheets;
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((r) =>
    Array.from({ length: width }, (_, i) => {
      const v = r[i];
      if (v instanceof Date) throw new Error(`${spec.file}: a CSV holds text, not Date cells`);
      return v === null || v === undefined ? '' : String(v);
    }),
  );
  const text = Papa.unparse(rows, { delimiter, newline: '\r\n' });
  writeFileSync(path, (bom ? '\uFEFF' : '') + text + '\r\n', 'utf8');
}
