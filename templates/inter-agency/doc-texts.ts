/** Doc texts several rules share word for word, written once in EN/FR/ES. */
import type { Localised } from '../core/schema.js';

/** Fix: an area not in the list. */
export const CHOOSE_AREA: Localised = {
  en: 'Choose the area from the list (the suggestion is the nearest value).',
  fr: 'Choisissez le domaine dans la liste (la suggestion est la valeur la plus proche).',
  es: 'Elija el área de la lista (la sugerencia es el valor más cercano).',
};

/** Fix: an agency not in the list. */
export const DECLARE_AGENCY: Localised = {
  en:
    'Correct the name (the suggestion), or declare the agency on a Settings sheet (`agency | ' +
    'ACRONYM | Full name`).',
  fr:
    'Corrigez le nom (la suggestion), ou déclarez l’agence sur une feuille Settings (`agency | ' +
    'SIGLE | Nom complet`).',
  es:
    'Corrija el nombre (la sugerencia), o declare la agencia en una hoja Settings (`agency | SIGLA ' +
    '| Nombre completo`).',
};
