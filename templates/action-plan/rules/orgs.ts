import type { TaskRule } from './context.js';
import { splitUnits } from '../../core/split-codes.js';

/** Each responsible organisation (split on , ; / and/et/y) is a known agency or body. */
export const checkOrgs: TaskRule = ({ rows, orgs, report }) => {
  for (const row of rows) {
    for (const token of splitUnits(row.orgsText, (t) => orgs.lookup(t).kind === 'known')) {
      const match = orgs.lookup(token);
      const target = { row: row.source.row, field: 'responsible_orgs', value: token };
      if (match.kind === 'unknown') {
        report.warning(
          'action-plan.org-unknown',
          match.suggestion ? { ...target, suggestion: match.suggestion } : target,
          { value: token, nearest: match.suggestion ?? '—' },
        );
      } else if (!match.exact) {
        report.info(
          'action-plan.value-normalised',
          { ...target, suggestion: match.agency.acronym },
          { value: token, canonical: match.agency.acronym },
        );
      }
    }
  }
};
