import type { MappingRule } from './context.js';

/** "In place" is a claim; it should say what shows it. */
export const checkEvidence: MappingRule = ({ rows, report }) => {
  for (const row of rows) {
    if (row.status === 'In place' && !row.evidence)
      report.warning('mapping.evidence-missing', { row: row.source.row, field: 'evidence' });
  }
};
