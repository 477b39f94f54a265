/** Every template family the product knows, in detection order. */
import type { TemplateKind } from './core/kind.js';
import { matrixKind } from './management-response/kind.js';
import { mappingKind } from './mapping/kind.js';
import { actionPlanKind } from './action-plan/kind.js';
import { focalPointsKind } from './focal-points/kind.js';
import { partnerAssessmentKind } from './partner-assessment/kind.js';

export const KINDS: readonly TemplateKind[] = [
  matrixKind,
  mappingKind,
  actionPlanKind,
  focalPointsKind,
  partnerAssessmentKind,
];

export function kindById(id: string): TemplateKind | undefined {
  return KINDS.find((k) => k.def.kind === id);
}
