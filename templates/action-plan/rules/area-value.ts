import { sheetRule } from './context.js';
import { AREA_VALUE_MESSAGES } from '../../inter-agency/areas.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'action-plan.area-value',
  severity: 'error',
  title: {
    en: 'Task area not in the list',
    fr: 'Domaine de tâche hors de la liste',
    es: 'Área de tarea fuera de la lista',
  },
  messages: AREA_VALUE_MESSAGES,
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
