/**
 * The agency column every inter-agency kind has (mapping, focal points, partner assessments), declared once, and the
 * "agency not in the list" finding they share: a typo counts under the agency it suggests.
 */
import type { FieldDef } from '../core/schema.js';
import type { FindingTarget } from '../core/rule.js';
import type { AgencyMatch } from './agencies.js';

export const AGENCY_FIELD: FieldDef = {
  key: 'agency',
  type: 'enum',
  enumId: 'agency',
  required: true,
  width: 14,
  hxl: '#org+acronym',
  label: { en: 'Agency', fr: 'Agence', es: 'Agencia' },
  aliases: [
    'Agency name',
    'Organisation',
    'Organization',
    'Org',
    'Entity',
    'UN entity',
    'Reporting agency',
    'Organisme',
    'Entité',
    'Nom de l’agence',
    'Organización',
    'Entidad',
    'Nombre de la agencia',
  ],
};

/** Where an agency typed out of the list is reported and with what params; undefined for a known agency. */
export function agencyTypo(row: number, typed: string, match: AgencyMatch | undefined, counted: string) {
  if (match?.kind !== 'unknown') return undefined;
  const target: FindingTarget = { row, field: 'agency', value: typed };
  if (match.suggestion) target.suggestion = match.suggestion;
  return { target, params: { value: typed, nearest: match.suggestion ?? '—', counted } };
}
