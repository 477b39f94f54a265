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
    checks: {
      en:
        "A task's status is Not started, In progress, Completed, Delayed or Cancelled, in any accepted " +
        'spelling in English, French or Spanish.',
      fr:
        'Le statut d’une tâche est Pas commencé, En cours, Terminé, En retard ou Annulé, sous toute graphie ' +
        'admise en anglais, en français ou en espagnol.',
      es:
        'El estado de una tarea es No iniciado, En curso, Completado, Retrasado o Cancelado, en cualquier ' +
        'grafía admitida en inglés, francés o español.',
    },
    why: {
      en:
        'A task with an unknown status is counted as blank in the progress table and may be reported as ' +
        'overdue when it is done.',
      fr:
        'Une tâche dont le statut est inconnu est comptée comme vide dans le tableau d’avancement et peut ' +
        'être signalée en retard alors qu’elle est faite.',
      es:
        'Una tarea con un estado desconocido se cuenta como vacía en la tabla de avance y puede señalarse ' +
        'como atrasada cuando ya está hecha.',
    },
    fix: {
      en: 'Choose the status from the list (the suggestion is the nearest value).',
      fr: 'Choisissez le statut dans la liste (la suggestion est la valeur la plus proche).',
      es: 'Elija el estado de la lista (la sugerencia es el valor más cercano).',
    },
    example: {
      input: {
        en: 'A status typed "Finshed".',
        fr: 'Un statut saisi « Finshed ».',
        es: 'Un estado escrito «Finshed».',
      },
      params: { value: 'Finshed' },
    },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'status', emit),
});
