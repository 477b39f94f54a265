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
    checks: {
      en:
        'The agency type is UN, INGO, NNGO, Government or Other, in any of their accepted spellings in ' +
        'English, French or Spanish.',
      fr:
        'Le type d’agence est ONU, ONGI, ONGN, Gouvernement ou Autre, sous l’une de leurs graphies admises ' +
        'en anglais, en français ou en espagnol.',
      es:
        'El tipo de agencia es ONU, ONGI, ONGN, Gobierno u Otro, en cualquiera de sus grafías admitidas en ' +
        'inglés, francés o español.',
    },
    why: {
      en: 'Coverage is compared across types of agencies; an unknown type puts the agency in none of them.',
      fr: 'La couverture est comparée entre types d’agences ; un type inconnu ne place l’agence dans aucun.',
      es: 'La cobertura se compara entre tipos de agencias; un tipo desconocido no sitúa la agencia en ninguno.',
    },
    fix: {
      en: 'Choose the type from the list (the suggestion is the nearest value).',
      fr: 'Choisissez le type dans la liste (la suggestion est la valeur la plus proche).',
      es: 'Elija el tipo de la lista (la sugerencia es el valor más cercano).',
    },
    example: {
      input: {
        en: 'An agency type typed "Charity".',
        fr: 'Un type d’agence saisi « Charity ».',
        es: 'Un tipo de agencia escrito «Charity».',
      },
      params: { value: 'Charity' },
    },
  },
  check: ({ rows }, emit) => emitUnlisted(perRecord(rows), 'agency_type', emit),
});
