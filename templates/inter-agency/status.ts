/**
 * Where a standard stands for an agency (mapping rows, checklist cells): In place, In progress, Not in place, Not
 * applicable. Canonical values are the English labels; outputs use them as keys.
 */
import { enumTerms, type EnumDef } from '../core/schema.js';

export const STATUS: EnumDef = {
  id: 'status',
  values: [
    {
      value: 'In place',
      label: { en: 'In place', fr: 'En place', es: 'Establecido' },
      aliases: [
        'Yes',
        'Done',
        'Existing',
        'Exists',
        'Implemented',
        'Complete',
        'Completed',
        'Oui',
        'Existant',
        'Mis en place',
        'Mise en place',
        'Réalisé',
        'Sí',
        'Si',
        'Existe',
        'Implementado',
        'Vigente',
        'Establecida',
      ],
    },
    {
      value: 'In progress',
      label: { en: 'In progress', fr: 'En cours', es: 'En curso' },
      aliases: [
        'Ongoing',
        'On-going',
        'Partial',
        'Partially',
        'Partly',
        'Under way',
        'Underway',
        'In development',
        'Partiel',
        'Partiellement',
        'En cours de mise en place',
        'En progreso',
        'En proceso',
        'En desarrollo',
        'Parcial',
        'Parcialmente',
        'Partially in place',
        'Partly in place',
        'Partiellement en place',
        'Parcialmente establecido',
        'Parcialmente establecida',
      ],
    },
    {
      value: 'Not in place',
      label: { en: 'Not in place', fr: 'Pas en place', es: 'No establecido' },
      aliases: [
        'No',
        'None',
        'Absent',
        'Missing',
        'Not started',
        'Not yet',
        'Non',
        'Aucun',
        'Inexistant',
        'Non mis en place',
        'Pas encore',
        'No existe',
        'Ninguno',
        'Inexistente',
        'Todavía no',
        'No establecida',
      ],
    },
    {
      value: 'Not applicable',
      label: { en: 'Not applicable', fr: 'Sans objet', es: 'No aplica' },
      aliases: ['N/A', 'NA', 'n.a.', 'Non applicable', 'S.O.', 'SO', 'No aplicable'],
    },
  ],
};

export type MappingStatus = 'In place' | 'In progress' | 'Not in place' | 'Not applicable';

/** Mapping statuses as rules show them: the template's label in the user's language. */
export const STATUS_TERMS = enumTerms(STATUS);
