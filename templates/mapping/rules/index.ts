/** The mapping's rules, in the order they run. Each file rules/NAME.ts is the rule mapping.NAME. */
import type { KindRules } from '../../core/kind.js';
import standardValue from './standard-value.js';
import agencyTypeValue from './agency-type-value.js';
import areaValue from './area-value.js';
import statusValue from './status-value.js';
import statusMissing from './status-missing.js';
import standardRead from './standard-read.js';
import setUnknown from './set-unknown.js';
import agencyUnknown from './agency-unknown.js';
import standardArea from './standard-area.js';
import gapMissing from './gap-missing.js';
import timelineInvalid from './timeline-invalid.js';
import timelineMissing from './timeline-missing.js';
import evidenceMissing from './evidence-missing.js';
import duplicate from './duplicate.js';
import conflict from './conflict.js';
import duplicateAcrossFiles from './duplicate-across-files.js';
import incomplete from './incomplete.js';

/** Run on each mapping sheet; every rule runs, none stops another. */
export const SHEET_RULES = [
  standardRead,
  standardValue,
  agencyTypeValue,
  areaValue,
  statusValue,
  statusMissing,
  agencyUnknown,
  standardArea,
  gapMissing,
  timelineInvalid,
  timelineMissing,
  evidenceMissing,
] as const;

/** Run on the mapping sheets of one file together. */
export const WORKBOOK_RULES = [setUnknown, duplicate] as const;

/** Run on the mapping sheets of the whole batch. */
export const BATCH_RULES = [conflict, duplicateAcrossFiles, incomplete] as const;

export const MAPPING_RULES: KindRules = {
  title: {
    en: 'Inter-agency PSEA mapping',
    fr: 'Cartographie PEAS inter-agences',
    es: 'Mapeo PEAS interinstitucional',
  },
  sheet: SHEET_RULES,
  workbook: WORKBOOK_RULES,
  batch: BATCH_RULES,
};
