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
    checks: {
      en: "A task's due date is not before its start date.",
      fr: 'L’échéance d’une tâche n’est pas antérieure à son début.',
      es: 'La fecha límite de una tarea no es anterior a su fecha de inicio.',
    },
    why: {
      en: 'One of the two dates is wrong; the overdue list depends on the due date.',
      fr: 'L’une des deux dates est fausse ; la liste des retards dépend de l’échéance.',
      es: 'Una de las dos fechas está mal; la lista de atrasadas depende de la fecha límite.',
    },
    fix: {
      en: 'Correct the date that was mistyped (often a swapped day and month).',
      fr: 'Corrigez la date mal saisie (souvent un jour et un mois inversés).',
      es: 'Corrija la fecha mal escrita (a menudo con el día y el mes invertidos).',
    },
    example: {
      input: {
        en: 'A task starting 2026-05-01 due 2026-04-15.',
        fr: 'Une tâche qui commence le 2026-05-01 avec une échéance au 2026-04-15.',
        es: 'Una tarea que empieza el 2026-05-01 con fecha límite el 2026-04-15.',
      },
      params: { due: '2026-04-15', start: '2026-05-01' },
    },
  },
  check({ rows }, emit) {
    for (const row of rows)
      if (row.start && row.due && row.due.iso < row.start.iso)
        emit({ row: row.source.row, field: 'due', value: row.due.iso }, { due: row.due.iso, start: row.start.iso });
  },
});
