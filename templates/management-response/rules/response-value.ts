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
    checks: {
      en:
        'The management response is Accept, Partially accept, Not accept or n/a, in any of their accepted ' +
        'spellings in English, French or Spanish ("Agreed", "Acceptée", "Rechazada"…).',
      fr:
        'La réponse de la direction est Acceptée, Partiellement acceptée, Non acceptée ou sans objet, sous ' +
        'l’une de leurs graphies admises en anglais, en français ou en espagnol (« Agreed », « Acceptée », « ' +
        'Rechazada »…).',
      es:
        'La respuesta de la gerencia es Aceptada, Parcialmente aceptada, No aceptada o no aplica, en ' +
        'cualquiera de sus grafías admitidas en inglés, francés o español («Agreed», «Acceptée», ' +
        '«Rechazada»…).',
    },
    why: {
      en:
        'A response that is none of these is counted as no response: the acceptance table, the headline ' +
        'figure of a management response, is wrong by one.',
      fr:
        'Une réponse qui n’est aucune de celles-ci est comptée comme absente : le tableau d’acceptation, le ' +
        'chiffre phare d’une réponse de la direction, est faux d’une unité.',
      es:
        'Una respuesta que no es ninguna de ellas se cuenta como sin respuesta: la tabla de aceptación, la ' +
        'cifra principal de una respuesta de la gerencia, falla por uno.',
    },
    fix: {
      en: 'Choose the response from the list (the suggestion is the nearest value).',
      fr: 'Choisissez la réponse dans la liste (la suggestion est la valeur la plus proche).',
      es: 'Elija la respuesta de la lista (la sugerencia es el valor más cercano).',
    },
    example: {
      input: {
        en: 'A response typed "Maybe".',
        fr: 'Une réponse saisie « Maybe ».',
        es: 'Una respuesta escrita «Maybe».',
      },
      params: { value: 'Maybe' },
    },
  },
  check: ({ rows }, emit) => emitUnlisted(rows, 'response', emit),
});
