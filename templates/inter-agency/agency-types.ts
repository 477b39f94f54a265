/** Types of organisation a PSEA network counts: UN, international and national NGOs, government, other. */
import type { EnumDef } from '../core/schema.js';

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
