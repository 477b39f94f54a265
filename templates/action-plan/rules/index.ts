/** The workplan's rules, in the order they run. Each file rules/NAME.ts is the rule action-plan.NAME. */
import type { KindRules } from '../../core/kind.js';
import areaValue from './area-value.js';
import statusValue from './status-value.js';
import orgUnknown from './org-unknown.js';
import dateInvalid from './date-invalid.js';
import dueBeforeStart from './due-before-start.js';
import overdue from './overdue.js';
import indicatorMissing from './indicator-missing.js';
import timeframeMissing from './timeframe-missing.js';
import yearInferred from './year-inferred.js';

/** Run on each workplan sheet; every rule runs, none stops another. */
export const SHEET_RULES = [
  yearInferred,
  areaValue,
  statusValue,
  orgUnknown,
  dateInvalid,
  dueBeforeStart,
  overdue,
  indicatorMissing,
  timeframeMissing,
] as const;

export const ACTION_PLAN_RULES: KindRules = {
  title: {
    en: 'Inter-agency PSEA workplan',
    fr: 'Plan de travail PEAS inter-agences',
    es: 'Plan de trabajo PEAS interinstitucional',
  },
  sheet: SHEET_RULES,
  workbook: [],
  batch: [],
};
