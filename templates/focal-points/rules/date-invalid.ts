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
    checks: {
      en:
        'A filled training or appointment date is a real calendar day: an Excel date, yyyy-mm-dd or ' +
        'dd/mm/yyyy (31/02 is none).',
      fr:
        'Une date de formation ou de nomination remplie est un vrai jour du calendrier : une date Excel, ' +
        'aaaa-mm-jj ou jj/mm/aaaa (le 31/02 n’en est pas un).',
      es:
        'Una fecha de capacitación o de nombramiento rellena es un día real del calendario: una fecha de ' +
        'Excel, aaaa-mm-dd o dd/mm/aaaa (el 31/02 no lo es).',
    },
    why: {
      en:
        'The count of trained focal points depends on the training date: a date that is none leaves the ' +
        'person out.',
      fr:
        'Le nombre de points focaux formés dépend de la date de formation : une date qui n’en est pas une ' +
        'laisse la personne de côté.',
      es:
        'El número de puntos focales capacitados depende de la fecha de capacitación: una fecha que no lo es ' +
        'deja fuera a la persona.',
    },
    fix: {
      en: 'Correct the date with the focal point.',
      fr: 'Corrigez la date avec le point focal.',
      es: 'Corrija la fecha con el punto focal.',
    },
    example: {
      input: {
        en: 'A training date typed "31/02/2025".',
        fr: 'Une date de formation saisie « 31/02/2025 ».',
        es: 'Una fecha de capacitación escrita «31/02/2025».',
      },
      params: { value: '31/02/2025' },
    },
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
