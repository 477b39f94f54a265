/** Each agency that reports covers every standard and key action; the warning lists what is missing. */
import type { Finding, Lang } from '../../core/types.js';
import type { SheetAnalysis } from '../../core/kind.js';
import { tableReporter } from '../../core/report.js';
import { MAPPING_MESSAGES } from '../messages.js';
import { STANDARDS } from '../standards.js';
import type { MappingState } from '../pairs.js';
import type { MappingRow } from '../rows.js';

export function checkCompleteness(sheets: readonly SheetAnalysis[], lang: Lang): Finding[] {
  const byAgency = new Map<string, { first: MappingRow; sheet: SheetAnalysis; covered: Set<string> }>();
  for (const sheet of sheets) {
    for (const row of (sheet.state as MappingState).rows) {
      // A name that is a likely typo of a listed agency has its own finding; it is not a reporting agency.
      if (!row.agencyKey || (row.agencyMatch?.kind === 'unknown' && row.agencyMatch.suggestion)) continue;
      const entry = byAgency.get(row.agencyKey) ?? { first: row, sheet, covered: new Set<string>() };
      if (row.standard) entry.covered.add(row.standard.id);
      byAgency.set(row.agencyKey, entry);
    }
  }
  const findings: Finding[] = [];
  for (const [agency, { first, sheet, covered }] of byAgency) {
    const missing = STANDARDS.filter((s) => !covered.has(s.id)).map((s) => s.id);
    if (!missing.length) continue;
    findings.push(
      tableReporter(MAPPING_MESSAGES, lang, sheet.table).warning(
        'mapping.incomplete',
        { row: first.source.row, field: 'agency', value: first.agencyText },
        { agency, count: missing.length, total: STANDARDS.length, missing: missing.join(', ') },
      ),
    );
  }
  return findings;
}
