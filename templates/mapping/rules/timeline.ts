import type { MappingRule } from './context.js';
import { reportDate } from '../../core/read-date.js';
import { isBlank } from '../../core/text.js';

/** A planned action has a timeline, and a timeline is a real date. */
export const checkTimelines: MappingRule = ({ rows, report }) => {
  for (const row of rows) {
    const at = row.source.row;
    reportDate(row.timelineRaw, row.timeline, 'timeline', at, report, {
      invalid: 'mapping.timeline-invalid',
      ambiguous: 'mapping.date-ambiguous',
    });
    if (row.plannedAction && isBlank(row.timelineRaw))
      report.error('mapping.timeline-missing', { row: at, field: 'timeline' });
  }
};
