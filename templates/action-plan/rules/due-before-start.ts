import { sheetRule } from './context.js';

export default sheetRule({
  id: 'action-plan.due-before-start',
  severity: 'error',
  title: { en: 'Due before start', fr: 'Échéance avant le début', es: 'Fecha límite antes del inicio' },
  messages: {
    en: 'The due date {due} is before the start {start}.',
    fr: 'L’échéance {due} est antérieure au début {start}.',
    es: 'La fecha límite {due} es anterior al inicio {start}.',
  },
  fields: ['start', 'due'],
  doc: {
    checks: "A task's due date is not before its start date.",
    why: 'One of the two dates is wrong; the overdue list depends on the due date.',
    fix: 'Correct the date that was mistyped (often a swapped day and month).',
    example: {
      input: 'A task starting 2026-05-01 due 2026-04-15.',
      params: { due: '2026-04-15', start: '2026-05-01' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.start && row.due && row.due.iso < row.start.iso)
        emit({ row: row.source.row, field: 'due', value: row.due.iso }, { due: row.due.iso, start: row.start.iso });
  },
});
