/** Status and agency type of a mapping row. Canonical values are the English labels; outputs use them as keys. */
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

export const AGENCY_TYPE: EnumDef = {
  id: 'agency_type',
  values: [
    {
      value: 'UN',
      label: { en: 'UN', fr: 'ONU', es: 'ONU' },
      aliases: [
        'UN agency',
        'United Nations',
        'UN entity',
        'Nations Unies',
        'Agence des Nations Unies',
        'Naciones Unidas',
        'Agencia de la ONU',
      ],
    },
    {
      value: 'INGO',
      label: { en: 'INGO', fr: 'ONGI', es: 'ONGI' },
      aliases: ['International NGO', 'ONG internationale', 'ONG internacional'],
    },
    {
      value: 'NNGO',
      label: { en: 'NNGO', fr: 'ONGN', es: 'ONGN' },
      aliases: ['National NGO', 'Local NGO', 'NGO', 'ONG nationale', 'ONG locale', 'ONG', 'ONG nacional', 'ONG local'],
    },
    {
      value: 'Government',
      label: { en: 'Government', fr: 'Gouvernement', es: 'Gobierno' },
      aliases: ['Gov', 'Govt', 'Ministry', 'Ministère', 'Ministerio', 'Public authority'],
    },
    { value: 'Other', label: { en: 'Other', fr: 'Autre', es: 'Otro' }, aliases: ['Others', 'Autres', 'Otros', 'Otra'] },
  ],
};

export type AgencyType = 'UN' | 'INGO' | 'NNGO' | 'Government' | 'Other';
export const AGENCY_TYPES: readonly AgencyType[] = ['UN', 'INGO', 'NNGO', 'Government', 'Other'];

/** Mapping statuses as rules show them: the template's label in the user's language. */
export const STATUS_TERMS = enumTerms(STATUS);
