import type { MappingRule } from './context.js';

/** The agency is in the list: a typo gets a did-you-mean ("UNFAP" → UNFPA), another spelling is read as the acronym ("Unicef" → UNICEF). */
export const checkAgencies: MappingRule = ({ rows, report }) => {
  for (const row of rows) {
    const match = row.agencyMatch;
    if (!match) continue;
    const target = { row: row.source.row, field: 'agency', value: row.agencyText };
    if (match.kind === 'unknown') {
      report.warning(
        'mapping.agency-unknown',
        match.suggestion ? { ...target, suggestion: match.suggestion } : target,
        { value: row.agencyText, nearest: match.suggestion ?? '—' },
      );
    } else if (!match.exact) {
      report.info(
        'mapping.value-normalised',
        { ...target, suggestion: match.agency.acronym },
        { value: row.agencyText, canonical: match.agency.acronym },
      );
    }
  }
};
