import { perRecord, sheetRule } from './context.js';
import { emitNonDates } from '../../core/read-date.js';
import { WRITE_ISO_DATE } from '../../core/doc-texts.js';

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
    checks: {
      en: 'A filled timeline is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
      fr: 'Une échéance remplie est une date : une date Excel, aaaa-mm-jj ou jj/mm/aaaa.',
      es: 'Un plazo relleno es una fecha: una fecha de Excel, aaaa-mm-dd o dd/mm/aaaa.',
    },
    why: {
      en: 'A timeline that is no date cannot be compared with today: the action is never shown as due or late.',
      fr:
        'Une échéance qui n’est pas une date ne peut pas être comparée à aujourd’hui : l’action n’est jamais ' +
        'montrée comme due ni en retard.',
      es:
        'Un plazo que no es una fecha no se puede comparar con hoy: la acción nunca aparece como pendiente ' +
        'ni como vencida.',
    },
    fix: WRITE_ISO_DATE,
    example: {
      input: {
        en: 'A timeline typed "soon".',
        fr: 'Une échéance saisie « soon ».',
        es: 'Un plazo escrito «soon».',
      },
      params: { value: 'soon' },
    },
  },
  check({ rows }, emit) {
    for (const row of perRecord(rows))
      emitNonDates(row.source.row, [{ field: 'timeline', raw: row.timelineRaw, parsed: row.timeline }], emit);
  },
});
