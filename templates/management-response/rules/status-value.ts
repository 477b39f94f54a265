import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'management-response.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not open, completed or discarded.',
    fr: 'Le statut « {value} » n’est ni ouvert, ni achevé, ni abandonné.',
    es: 'El estado «{value}» no es abierto, completado ni descartado.',
  },
  fields: ['status_t2', 'status_t3'],
  doc: {
    checks:
      'An implementation status (Time 2 or Time 3) is open, completed or discarded, in any of their accepted ' +
      'spellings ("In progress", "Done", "En cours", "Cancelado"…).',
    why: 'A status that is none of these is counted as blank: the implementation rate is computed without it.',
    fix: 'Choose the status from the list (the suggestion is the nearest value).',
    example: { input: 'A Time 2 status typed "complted".', params: { value: 'complted' } },
  },
  check({ rows }, emit) {
    // Row by row, as they are read: a row's Time 2 finding comes before its Time 3 one.
    for (const row of rows) for (const field of ['status_t2', 'status_t3'] as const) emitUnlisted([row], field, emit);
  },
});
