/**
 * The agency column every inter-agency kind has (mapping, focal points, partner assessments), declared once, and the
 * "agency not in the list" finding they share: a typo counts under the agency it suggests.
 */
import type { FieldDef } from '../core/schema.js';
import type { FindingTarget } from '../core/rule.js';
import type { AgencyMatch } from './agencies.js';
import { NAME } from '../core/headers/vocabulary.js';
import { AGENCY } from './concepts.js';

export const AGENCY_FIELD: FieldDef = {
  key: 'agency',
  type: 'enum',
  enumId: 'agency',
  required: true,
  width: 14,
  hxl: '#org+acronym',
  label: { en: 'Agency', fr: 'Agence', es: 'Agencia' },
  headers: { all: [AGENCY], may: [NAME] },
};

/** Where an agency typed out of the list is reported and with what params; undefined for a known agency. */
export function agencyTypo(row: number, typed: string, match: AgencyMatch | undefined, counted: string) {
  if (match?.kind !== 'unknown') return undefined;
  const target: FindingTarget = { row, field: 'agency', value: typed };
  if (match.suggestion) target.suggestion = match.suggestion;
  return { target, params: { value: typed, nearest: match.suggestion ?? '—', counted } };
}
