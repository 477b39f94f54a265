import { sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'management-response.response-value',
  severity: 'error',
  title: { en: 'Response not in the list', fr: 'Réponse hors de la liste', es: 'Respuesta fuera de la lista' },
  messages: {
    en: 'Response "{value}" is not Accept, Partially accept or Not accept.',
    fr: 'La réponse « {value} » n’est ni Acceptée, ni Partiellement acceptée, ni Non acceptée.',
    es: 'La respuesta «{value}» no es Aceptada, Parcialmente aceptada ni No aceptada.',
  },
  fields: ['response'],
  doc: {
    checks:
      'The management response is Accept, Partially accept, Not accept or n/a, in any of their accepted spellings ' +
      'in English, French or Spanish ("Agreed", "Acceptée", "Rechazada"…).',
    why:
      'A response that is none of these is counted as no response: the acceptance table, the headline figure of a ' +
      'management response, is wrong by one.',
    fix: 'Choose the response from the list (the suggestion is the nearest value).',
    example: { input: 'A response typed "Maybe".', params: { value: 'Maybe' } },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'response', emit),
});
