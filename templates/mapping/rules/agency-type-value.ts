import { perRecord, sheetRule } from './context.js';
import { emitUnlisted } from '../../core/read-enum.js';

export default sheetRule({
  id: 'mapping.agency-type-value',
  severity: 'error',
  title: {
    en: 'Agency type not in the list',
    fr: 'Type d’agence hors de la liste',
    es: 'Tipo de agencia fuera de la lista',
  },
  messages: {
    en: 'Agency type "{value}" is not UN, INGO, NNGO, Government or Other.',
    fr: 'Le type d’agence « {value} » n’est ni ONU, ni ONGI, ni ONGN, ni Gouvernement, ni Autre.',
    es: 'El tipo de agencia «{value}» no es ONU, ONGI, ONGN, Gobierno ni Otro.',
  },
  fields: ['agency_type'],
  doc: {
    checks:
      'The agency type is UN, INGO, NNGO, Government or Other, in any of their accepted spellings in English, ' +
      'French or Spanish.',
    why: 'Coverage is compared across types of agencies; an unknown type puts the agency in none of them.',
    fix: 'Choose the type from the list (the suggestion is the nearest value).',
    example: { input: 'An agency type typed "Charity".', params: { value: 'Charity' } },
  },
  check: ({ rows }, emit) => emitUnlisted(perRecord(rows), 'agency_type', emit),
});
