import type { MatrixRule } from './context.js';

const TIME = { t2: 'Time 2', t3: 'Time 3' } as const;

/**
 * Rule 9: completed and discarded carry a comment; Time 3 follows a Time 2; no step back
 * from completed; a Not accept recommendation is only ever discarded or blank.
 * Values that are not statuses are reported when rows are read.
 */
export const checkStatuses: MatrixRule = ({ recs, report }) => {
  for (const rec of recs) {
    const statusRows = rec.points.some((p) => p.statusT2 || p.statusT3) ? rec.points : [rec.main];
    for (const row of statusRows) {
      const at = (field: string) => ({ row: row.source.row, field });
      for (const [status, comment, field, time] of [
        [row.statusT2, row.commentT2, 'comment_t2', TIME.t2],
        [row.statusT3, row.commentT3, 'comment_t3', TIME.t3],
      ] as const) {
        if ((status === 'completed' || status === 'discarded') && !comment)
          report.error('management-response.status-comment-missing', at(field), { status, time });
      }
      if (row.statusT3 && !row.statusT2) report.warning('management-response.status-t3-without-t2', at('status_t2'));
      if (row.statusT2 === 'completed' && row.statusT3 === 'open')
        report.warning('management-response.status-step-back', at('status_t3'), { t2: row.statusT2, t3: row.statusT3 });
      const response = row.response ?? rec.response;
      if (response !== 'Not accept') continue;
      for (const [status, field, time] of [
        [row.statusT2, 'status_t2', TIME.t2],
        [row.statusT3, 'status_t3', TIME.t3],
      ] as const) {
        if (status && status !== 'discarded')
          report.error(
            'management-response.status-not-accepted',
            { row: row.source.row, field, value: status, suggestion: 'discarded' },
            { status, time },
          );
      }
    }
  }
};
