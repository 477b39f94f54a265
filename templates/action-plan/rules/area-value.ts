import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'action-plan.area-value',
  severity: 'error',
  title: {
    en: 'Task area not in the list',
    fr: 'Domaine de tâche hors de la liste',
    es: 'Área de tarea fuera de la lista',
  },
  messages: {
    en: 'Area "{value}" is not one of the five areas of the action-plan template.',
    fr: 'Le domaine « {value} » ne fait pas partie des cinq domaines du modèle de plan d’action.',
    es: 'El área «{value}» no es una de las cinco áreas de la plantilla del plan de acción.',
  },
  fields: ['area'],
  doc: {
    checks:
      "A task's area is one of the five areas of the PSEA action-plan template, by its name in English, French or " +
      'Spanish.',
    why: 'Progress is shown by area; a task with an unknown area is counted under "no area".',
    fix: 'Choose the area from the list (the suggestion is the nearest value).',
    example: { input: 'An area typed "Comms".', params: { value: 'Comms' } },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'area', emit),
});
