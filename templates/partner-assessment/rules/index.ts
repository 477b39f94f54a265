/** The partner assessment's rules, in run order. Each file rules/NAME.ts is the rule partner-assessment.NAME. */
import type { KindRules } from '../../core/kind.js';
import agencyUnknown from './agency-unknown.js';
import agencyMissing from './agency-missing.js';
import standardValue from './standard-value.js';
import standardDuplicate from './standard-duplicate.js';
import ratingValue from './rating-value.js';
import dateInvalid from './date-invalid.js';
import dateFuture from './date-future.js';
import incomplete from './incomplete.js';
import totalMismatch from './total-mismatch.js';
import riskValue from './risk-value.js';
import riskMismatch from './risk-mismatch.js';
import evidenceDescriptionMissing from './evidence-description-missing.js';
import expiring from './expiring.js';
import conflict from './conflict.js';

/** Run on each assessment sheet; every rule runs, none stops another. */
export const SHEET_RULES = [
  agencyUnknown,
  agencyMissing,
  standardValue,
  standardDuplicate,
  ratingValue,
  dateInvalid,
  dateFuture,
  incomplete,
  totalMismatch,
  riskValue,
  riskMismatch,
  evidenceDescriptionMissing,
  expiring,
] as const;

/** Run on the assessment sheets of the whole batch. */
export const BATCH_RULES = [conflict] as const;

export const PARTNER_RULES: KindRules = {
  title: {
    en: 'Partner PSEA capacity assessment',
    fr: 'Évaluation de la capacité PEAS des partenaires',
    es: 'Evaluación de la capacidad PEAS de los socios',
  },
  sheet: SHEET_RULES,
  workbook: [],
  batch: BATCH_RULES,
};
