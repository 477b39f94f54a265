import type { MappingRule } from './context.js';

/** What is not (fully) in place says what is missing or what will be done about it. */
export const checkGaps: MappingRule = ({ rows, report }) => {
  for (const row of rows) {
    if ((row.status === 'Not in place' || row.status === 'In progress') && !row.gaps && !row.plannedAction) {
      report.error('mapping.gap-missing', { row: row.source.row, field: 'gaps' }, { status: row.status });
    }
  }
};
