import { sheetRule } from './context.js';
import { emitNonDates } from '../../core/read-date.js';
import { WRITE_ISO_DATE } from '../../core/doc-texts.js';

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
    checks: {
      en: 'A filled start or due date is a date: an Excel date, yyyy-mm-dd or dd/mm/yyyy.',
      fr: 'Un début ou une échéance rempli est une date : une date Excel, aaaa-mm-jj ou jj/mm/aaaa.',
      es: 'Un inicio o una fecha límite rellenos son una fecha: una fecha de Excel, aaaa-mm-dd o dd/mm/aaaa.',
    },
    why: {
      en: 'A due date that is no date cannot be compared with today: the task is never shown as overdue.',
      fr:
        'Une échéance qui n’est pas une date ne peut pas être comparée à aujourd’hui : la tâche n’est jamais ' +
        'montrée en retard.',
      es: 'Una fecha límite que no es una fecha no se puede comparar con hoy: la tarea nunca aparece como atrasada.',
    },
    fix: WRITE_ISO_DATE,
    example: {
      input: {
        en: 'A due date typed "next month".',
        fr: 'Une échéance saisie « next month ».',
        es: 'Una fecha límite escrita «next month».',
      },
      params: { value: 'next month' },
    },
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
