import type { MatrixRule } from './context.js';

/** Rule 7: each code in the unit columns is in the code list; near misses get a did-you-mean. */
export const checkUnits: MatrixRule = ({ rows, units, report }) => {
  for (const row of rows) {
    if (row.record.inherited.includes('responsible_units')) continue;
    for (const [field, text] of [
      ['responsible_units', row.responsibleText],
      ['support_units', row.supportText],
    ] as const) {
      for (const token of units.tokens(text)) {
        const match = units.lookup(token);
        const target = { row: row.source.row, field, value: token };
        if (match.kind === 'unknown') {
          report.warning(
            'management-response.unit-unknown',
            match.suggestion ? { ...target, suggestion: match.suggestion } : target,
            { value: token },
          );
        } else if (match.kind === 'known' && !match.exact) {
          report.info(
            'management-response.value-normalised',
            { ...target, suggestion: match.code },
            { value: token, canonical: match.code },
          );
        } else if (match.kind === 'free-text') {
          report.info('management-response.unit-free-text', target, { value: token });
        }
      }
    }
  }
};
