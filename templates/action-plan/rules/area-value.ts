import { sheetRule } from './context.js';
import { AREA_VALUE_MESSAGES } from '../../inter-agency/areas.js';
import { emitUnlisted } from '../../core/read-enum.js';
import { CHOOSE_AREA } from '../../inter-agency/doc-texts.js';

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
    checks: {
      en:
        "A task's area is one of the five areas of the PSEA action-plan template, by its name in English, " +
        'French or Spanish.',
      fr:
        'Le domaine d’une tâche est l’un des cinq domaines du modèle de plan d’action PEAS, par son nom en ' +
        'anglais, en français ou en espagnol.',
      es:
        'El área de una tarea es una de las cinco áreas de la plantilla del plan de acción PEAS, por su ' +
        'nombre en inglés, francés o español.',
    },
    why: {
      en: 'Progress is shown by area; a task with an unknown area is counted under "no area".',
      fr:
        'L’avancement est montré par domaine ; une tâche dont le domaine est inconnu est comptée sous « sans ' +
        'domaine ».',
      es: 'El avance se muestra por área; una tarea con un área desconocida se cuenta bajo «sin área».',
    },
    fix: CHOOSE_AREA,
    example: {
      input: {
        en: 'An area typed "Comms".',
        fr: 'Un domaine saisi « Comms ».',
        es: 'Un área escrita «Comms».',
      },
      params: { value: 'Comms' },
    },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'area', emit),
});
