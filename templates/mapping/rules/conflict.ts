/**
 * Across files, an agency × standard reported twice: a conflict (error) when the statuses
 * differ, a duplicate (warning) when they agree. Both name the two files and the two values.
 */
import type { Finding, Lang } from '../../core/types.js';
import type { SheetAnalysis } from '../../core/kind.js';
import { tableReporter } from '../../core/report.js';
import { appendAll } from '../../core/append.js';
import { MAPPING_MESSAGES } from '../messages.js';
import { keyedRows } from '../pairs.js';
import type { MappingRow } from '../rows.js';

const shown = (row: MappingRow) =>
  row.status ?? (row.record.values.status === null ? '(blank)' : String(row.record.values.status));

export function checkConflicts(sheets: readonly SheetAnalysis[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, MappingRow>();
  for (const { key, row, sheet } of keyedRows(sheets)) {
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      continue;
    }
    if (earlier.source.file === row.source.file) continue; // reported by the within-file rule
    const rule = shown(earlier) === shown(row) ? 'mapping.duplicate-across-files' : 'mapping.conflict';
    const report = tableReporter(MAPPING_MESSAGES, lang, sheet.table);
    report.add(
      rule,
      rule === 'mapping.conflict' ? 'error' : 'warning',
      { row: row.source.row, field: 'status', value: shown(row), suggestion: shown(earlier) },
      {
        agency: row.agencyKey,
        standard: row.standard!.id,
        file1: earlier.source.file,
        row1: earlier.source.row,
        value1: shown(earlier),
        file2: row.source.file,
        row2: row.source.row,
        value2: shown(row),
      },
    );
    appendAll(findings, report.findings);
  }
  return findings;
}
