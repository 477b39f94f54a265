/** The focal-point list's rules, in the order they run. Each file rules/NAME.ts is the rule focal-points.NAME. */
import type { KindRules } from '../../core/kind.js';
import agencyUnknown from './agency-unknown.js';
import focalPointMissing from './focal-point-missing.js';
import emailInvalid from './email-invalid.js';
import dateInvalid from './date-invalid.js';

/** Run on each focal-point sheet; every rule runs, none stops another. */
export const SHEET_RULES = [agencyUnknown, focalPointMissing, emailInvalid, dateInvalid] as const;

export const BATCH_RULES = [] as const;

export const FOCAL_POINT_RULES: KindRules = {
  title: { en: 'PSEA focal points', fr: 'Points focaux PEAS', es: 'Puntos focales PEAS' },
  sheet: SHEET_RULES,
  workbook: [],
  batch: BATCH_RULES,
};
