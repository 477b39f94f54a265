import { perRecord, sheetRule } from './context.js';
import { emitNonDates } from '../../core/read-date.js';

export default sheetRule({
  id: 'mapping.timeline-invalid',
  severity: 'error',
  title: { en: 'Timeline is not a date', fr: 'Échéance qui n’est pas une date', es: 'Plazo que no es una fecha' },
  messages: {
    en: 'Timeline "{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: 'L’échéance « {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: 'El plazo «{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  fields: ['timeline'],
  doc: {
    checks: 'A filled timeline is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
    why: 'A timeline that is no date cannot be compared with today: the action is never shown as due or late.',
    fix: 'Write the date as yyyy-mm-dd or enter it as an Excel date.',
    example: { input: 'A timeline typed "soon".', params: { value: 'soon' } },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows))
      emitNonDates(row.source.row, [{ field: 'timeline', raw: row.timelineRaw, parsed: row.timeline }], emit);
  },
});
