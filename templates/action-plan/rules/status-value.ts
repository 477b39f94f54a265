import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'action-plan.status-value',
  severity: 'error',
  title: {
    en: 'Task status not in the list',
    fr: 'Statut de tâche hors de la liste',
    es: 'Estado de tarea fuera de la lista',
  },
  messages: {
    en: 'Status "{value}" is not Not started, In progress, Completed, Delayed or Cancelled.',
    fr: 'Le statut « {value} » n’est ni Pas commencé, ni En cours, ni Terminé, ni En retard, ni Annulé.',
    es: 'El estado «{value}» no es No iniciado, En curso, Completado, Retrasado ni Cancelado.',
  },
  fields: ['status'],
  doc: {
    checks:
      "A task's status is Not started, In progress, Completed, Delayed or Cancelled, in any accepted spelling in " +
      'English, French or Spanish.',
    why:
      'A task with an unknown status is counted as blank in the progress table and may be reported as overdue when ' +
      'it is done.',
    fix: 'Choose the status from the list (the suggestion is the nearest value).',
    example: { input: 'A status typed "Finshed".', params: { value: 'Finshed' } },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'status', emit),
});
