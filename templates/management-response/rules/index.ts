/**
 * The management response's rules, in the order they run. Each file rules/NAME.ts is the rule management-
 * response.NAME.
 */
import type { KindRules } from '../../core/kind.js';
import recNoInvalid from './rec-no-invalid.js';
import pointInvalid from './point-invalid.js';
import duplicateKey from './duplicate-key.js';
import numberingGap from './numbering-gap.js';
import pillarOutOfRange from './pillar-out-of-range.js';
import pillarUnknown from './pillar-unknown.js';
import pillarRange from './pillar-range.js';
import criterionRefInvalid from './criterion-ref-invalid.js';
import criterionUnknown from './criterion-unknown.js';
import criterionLabel from './criterion-label.js';
import criterionRefDuplicate from './criterion-ref-duplicate.js';
import responseValue from './response-value.js';
import responseMissing from './response-missing.js';
import rationaleMissing from './rationale-missing.js';
import keyActionsMissing from './key-actions-missing.js';
import rollupMismatch from './rollup-mismatch.js';
import unitUnknown from './unit-unknown.js';
import unitFreeText from './unit-free-text.js';
import linkInvalid from './link-invalid.js';
import linkMissing from './link-missing.js';
import linkOneWay from './link-one-way.js';
import statusValue from './status-value.js';
import statusCommentMissing from './status-comment-missing.js';
import statusT3WithoutT2 from './status-t3-without-t2.js';
import statusStepBack from './status-step-back.js';
import statusNotAccepted from './status-not-accepted.js';
import declaredTable from './declared-table.js';
import criteriaInferred from './criteria-inferred.js';
import keyActionOverdue from './key-action-overdue.js';
import dueInvalid from './due-invalid.js';
import dueMissing from './due-missing.js';
import dueYearAssumed from './due-year-assumed.js';
import responsibleMissing from './responsible-missing.js';
import completedWithOpenActions from './completed-with-open-actions.js';
import footnoteElements from './footnote-elements.js';
import declaredByCriterion from './declared-by-criterion.js';
import declaredByPillar from './declared-by-pillar.js';
import unitVariant from './unit-variant.js';

/** Run on each matrix sheet; every rule runs, none stops another. */
export const SHEET_RULES = [
  recNoInvalid,
  pointInvalid,
  responseValue,
  statusValue,
  duplicateKey,
  numberingGap,
  pillarOutOfRange,
  pillarUnknown,
  pillarRange,
  criterionRefInvalid,
  criteriaInferred,
  criterionUnknown,
  criterionLabel,
  criterionRefDuplicate,
  responseMissing,
  rationaleMissing,
  keyActionsMissing,
  responsibleMissing,
  dueInvalid,
  dueMissing,
  dueYearAssumed,
  keyActionOverdue,
  completedWithOpenActions,
  rollupMismatch,
  unitUnknown,
  unitFreeText,
  linkInvalid,
  linkMissing,
  linkOneWay,
  statusCommentMissing,
  statusT3WithoutT2,
  statusStepBack,
  statusNotAccepted,
] as const;

/** Run on the matrix sheets of one workbook together, with its other sheets. */
export const WORKBOOK_RULES = [
  declaredTable,
  declaredByCriterion,
  declaredByPillar,
  footnoteElements,
  unitVariant,
] as const;

export const MANAGEMENT_RESPONSE_RULES: KindRules = {
  title: { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' },
  sheet: SHEET_RULES,
  workbook: WORKBOOK_RULES,
  batch: [],
};
