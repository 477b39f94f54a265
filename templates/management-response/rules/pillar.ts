import type { MatrixRule } from './context.js';

/** Rule 3: the stated pillar agrees with the pillar whose range holds the recommendation number. */
export const checkPillars: MatrixRule = ({ recs, settings, report }) => {
  const known = settings.pillars.map((p) => p.number).join(', ');
  for (const rec of recs) {
    const row = rec.main;
    const expected = settings.pillars.find((p) => rec.recNo >= p.from && rec.recNo <= p.to);
    if (!expected) {
      report.warning(
        'management-response.pillar-out-of-range',
        { row: row.source.row, field: 'rec_no', value: String(rec.recNo) },
        { rec: rec.recNo },
      );
    }
    if (!row.pillarText) continue;
    const stated = settings.pillars.find((p) => p.number === row.pillar);
    if (!stated) {
      report.error(
        'management-response.pillar-unknown',
        { row: row.source.row, field: 'pillar', value: row.pillarText },
        { value: row.pillarText, known },
      );
    } else if (expected && stated.number !== expected.number) {
      report.error(
        'management-response.pillar-range',
        { row: row.source.row, field: 'pillar', value: row.pillarText, suggestion: String(expected.number) },
        {
          rec: rec.recNo,
          pillar: stated.number,
          expected: expected.number,
          expectedName: expected.name,
          from: expected.from,
          to: expected.to,
        },
      );
    }
  }
};
