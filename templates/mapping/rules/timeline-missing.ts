import { perRecord, sheetRule } from './context.js';
import { isBlank } from '../../core/text.js';

export default sheetRule({
  id: 'mapping.timeline-missing',
  severity: 'error',
  title: {
    en: 'Planned action without a timeline',
    fr: 'Action prévue sans échéance',
    es: 'Acción prevista sin plazo',
  },
  messages: {
    en: 'The planned action has no timeline; give the date by which it will be done.',
    fr: 'L’action prévue n’a pas d’échéance ; indiquez la date à laquelle elle sera réalisée.',
    es: 'La acción prevista no tiene plazo; indique la fecha en que se realizará.',
  },
  fields: ['planned_action', 'timeline'],
  doc: {
    checks: 'A row with a planned action gives its timeline.',
    why: 'Without a date, a planned action cannot be followed up or reported as late.',
    fix: 'Give the date by which the action will be done.',
    example: { input: 'A planned action "Train focal points" with no timeline.', params: {} },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows))
      if (row.plannedAction && isBlank(row.timelineRaw)) emit({ row: row.source.row, field: 'timeline' }, {});
  },
});
