/** Within one file, an agency reports on a standard once. */
import type { Finding, Lang } from '../../core/types.js';
import type { SheetAnalysis } from '../../core/kind.js';
import { tableReporter } from '../../core/report.js';
import { MAPPING_MESSAGES } from '../messages.js';
import { keyedRows } from '../pairs.js';

export function checkDuplicates(sheets: readonly SheetAnalysis[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, { sheet: string; row: number }>();
  for (const { key, row, sheet } of keyedRows(sheets)) {
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { sheet: sheet.table.sheet, row: row.source.row });
      continue;
    }
    findings.push(
      tableReporter(MAPPING_MESSAGES, lang, sheet.table).error(
        'mapping.duplicate',
        { row: row.source.row, field: 'standard', value: row.standard!.id },
        { agency: row.agencyKey, standard: row.standard!.id, firstSheet: seen.sheet, firstRow: seen.row },
      ),
    );
  }
  return findings;
}
