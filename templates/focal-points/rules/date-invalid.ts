import { sheetRule } from './context.js';
import { emitNonDates } from '../../core/read-date.js';

export default sheetRule({
  id: 'focal-points.date-invalid',
  severity: 'error',
  title: { en: 'Date is not a date', fr: 'Date qui n’est pas une date', es: 'Fecha que no es una fecha' },
  messages: {
    en: '"{value}" is not a date (use dd/mm/yyyy or yyyy-mm-dd).',
    fr: '« {value} » n’est pas une date (utilisez jj/mm/aaaa ou aaaa-mm-jj).',
    es: '«{value}» no es una fecha (use dd/mm/aaaa o aaaa-mm-dd).',
  },
  fields: ['trained_on', 'appointed_on'],
  doc: {
    checks:
      'A filled training or appointment date is a real calendar day: an Excel date, yyyy-mm-dd or ' +
      'dd/mm/yyyy (31/02 is none).',
    why: 'The count of trained focal points depends on the training date: a date that is none leaves the person out.',
    fix: 'Correct the date with the focal point.',
    example: { input: 'A training date typed "31/02/2025".', params: { value: '31/02/2025' } },
  },
  check({ rows }, emit) {
    for (const row of rows)
      emitNonDates(
        row.source.row,
        row.dates.map((d) => ({ field: d.field, raw: d.raw, parsed: d.date })),
        emit,
      );
  },
});
