import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'mapping.status-value',
  severity: 'error',
  title: { en: 'Status not in the list', fr: 'Statut hors de la liste', es: 'Estado fuera de la lista' },
  messages: {
    en: 'Status "{value}" is not In place, In progress, Not in place or Not applicable.',
    fr: 'Le statut « {value} » n’est ni En place, ni En cours, ni Pas en place, ni Sans objet.',
    es: 'El estado «{value}» no es Establecido, En curso, No establecido ni No aplica.',
  },
  fields: ['status'],
  doc: {
    checks:
      'The status is In place, In progress, Not in place or Not applicable, in any accepted spelling ("ongoing", ' +
      '"en cours", "sí"…).',
    why: 'A row with an unknown status is counted as no status: the share in place leaves it out.',
    fix: 'Choose the status from the list (the suggestion is the nearest value).',
    example: { input: 'A status typed "Unsure".', params: { value: 'Unsure' } },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'status', emit),
});
