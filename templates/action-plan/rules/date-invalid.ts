import { sheetRule } from './context.js';
import { emitNonDates } from '../../core/read-date.js';

export default sheetRule({
  id: 'action-plan.date-invalid',
  severity: 'error',
  title: {
    en: 'Start or due date is not a date',
    fr: 'Début ou échéance qui n’est pas une date',
    es: 'Inicio o fecha límite que no es una fecha',
  },
  messages: {
    en: '"{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: '« {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: '«{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  fields: ['start', 'due'],
  doc: {
    checks: 'A filled start or due date is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
    why: 'A due date that is no date cannot be compared with today: the task is never shown as overdue.',
    fix: 'Write the date as yyyy-mm-dd or enter it as an Excel date.',
    example: { input: 'A due date typed "next month".', params: { value: 'next month' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      emitNonDates(
        row.source.row,
        [
          { field: 'start', raw: row.startRaw, parsed: row.start },
          { field: 'due', raw: row.dueRaw, parsed: row.due },
        ],
        emit,
      );
  },
});
