import type { MatrixRule } from './context.js';

/**
 * Rules 5 and 6: every recommendation has a response; Partially accept and Not accept give a
 * rationale; Accept and Partially accept give key actions (on the row or on its recommendation's
 * row); a stated recommendation-level response agrees with the roll-up of its points.
 */
export const checkResponses: MatrixRule = ({ recs, report }) => {
  for (const rec of recs) {
    const { main } = rec;
    if (rec.response === undefined && rec.rows.every((r) => !r.responseText)) {
      report.error(
        'management-response.response-missing',
        { row: main.source.row, field: 'response' },
        { rec: rec.recNo },
      );
    }
    for (const row of rec.rows) {
      const response = row.response;
      if (response === undefined || response === 'n/a') continue;
      const target = (field: string) => ({ row: row.source.row, field });
      if ((response === 'Partially accept' || response === 'Not accept') && !row.rationale && !main.rationale) {
        report.error('management-response.rationale-missing', target('response_rationale'), { response });
      }
      if ((response === 'Accept' || response === 'Partially accept') && !row.keyActions && !main.keyActions) {
        report.error('management-response.key-actions-missing', target('key_actions'), { response });
      }
    }
    if (rec.statedResponse !== undefined && rec.response !== undefined && rec.statedResponse !== rec.response) {
      const points = rec.points
        .filter((p) => p.response)
        .map((p) => `${p.point}: ${p.response}`)
        .join(', ');
      report.warning(
        'management-response.rollup-mismatch',
        { row: main.source.row, field: 'response', value: main.responseText, suggestion: rec.response },
        { rec: rec.recNo, stated: rec.statedResponse, rolled: rec.response, points },
      );
    }
  }
};
