import { perRecord, sheetRule } from './context.js';
import { AREA_VALUE_MESSAGES } from '../../inter-agency/areas.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'mapping.area-value',
  severity: 'error',
  title: { en: 'Area not in the list', fr: 'Domaine hors de la liste', es: 'Área fuera de la lista' },
  messages: AREA_VALUE_MESSAGES,
  fields: ['area'],
  doc: {
    checks:
      'The area is one of the five areas of the PSEA action-plan template, by its name in English, French or Spanish.',
    why: 'The share in place is counted by area; a row with an unknown area is left out of the by-area table.',
    fix: 'Choose the area from the list (the suggestion is the nearest value).',
    example: { input: 'An area typed "Prevention and stuff".', params: { value: 'Prevention and stuff' } },
  },
  check: ({ rows }, emit) => emitUnlisted(perRecord(rows), 'area', emit),
});
