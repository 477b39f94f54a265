/** Rule 10: a declared acceptance table (like the seed's Table 1) is compared with the rows. */
import type { Finding, SheetGrid } from '../core/types.js';
import type { WorkbookContext } from '../core/kind.js';
import { Reporter } from '../core/report.js';
import { matchEnum } from '../core/schema.js';
import { cellText } from '../core/text.js';
import { MATRIX_MESSAGES } from './messages.js';
import { RESPONSE, type RESPONSE_KEYS } from './values.js';
import type { Recommendation } from './recommendations.js';
import type { AcceptanceCounts } from './tables.js';

export interface DeclaredCount {
  category: string;
  count: number;
  row: number;
}

/** "46", 46 or "46 recommendations" → 46. */
function leadingCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  const match = /^(\d+)\b/.exec(cellText(value as string));
  return match ? Number(match[1]) : undefined;
}

/** Rows whose first text is a response label and that carry a count after it. */
export function readDeclaredAcceptance(sheet: SheetGrid): DeclaredCount[] {
  const found: DeclaredCount[] = [];
  const firstRow = sheet.firstRow ?? 1;
  sheet.rows.forEach((row, i) => {
    const at = row.findIndex((v) => cellText(v) !== '');
    if (at < 0) return;
    const label = cellText(row[at]);
    const category = /^total$/i.test(label) ? 'total' : matchEnum(RESPONSE, label)?.value;
    if (!category || category === 'n/a') return;
    const count = row
      .slice(at + 1)
      .map(leadingCount)
      .find((n) => n !== undefined);
    if (count !== undefined) found.push({ category, count, row: firstRow + i });
  });
  return found.filter((d) => d.category !== 'total').length >= 2 ? found : [];
}

export function checkDeclaredTables(
  recs: readonly Recommendation[],
  computed: AcceptanceCounts,
  workbook: WorkbookContext,
): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of workbook.otherSheets) {
    const declared = readDeclaredAcceptance(sheet);
    if (!declared.length) continue;
    const report = new Reporter(MATRIX_MESSAGES, workbook.options.lang, workbook.file, sheet.name);
    for (const d of declared) {
      const value = computed[d.category as (typeof RESPONSE_KEYS)[number] | 'total'];
      if (value === d.count) continue;
      const pointLevel = recs.filter(
        (r) => r.points.some((p) => p.response !== undefined) && (r.response === d.category || d.category === 'total'),
      );
      const unanswered = recs.filter((r) => r.response === undefined);
      const suspects = [...pointLevel, ...unanswered].map((r) => r.recNo);
      const causes = suspects.length ? ` (${suspects.map((n) => `#${n}`).join(', ')})` : '';
      report.warning(
        'management-response.declared-table',
        { row: d.row, value: String(d.count), suggestion: String(value) },
        { category: d.category, declared: d.count, computed: value, table: sheet.name, causes },
      );
    }
    findings.push(...report.findings);
  }
  return findings;
}
