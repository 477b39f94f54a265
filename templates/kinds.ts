/** Every template family the product knows, in detection order. */
import type { TemplateKind } from './core/kind.js';
import { matrixKind } from './management-response/kind.js';
import { mappingKind } from './mapping/kind.js';
import { actionPlanKind } from './action-plan/kind.js';

export const KINDS: readonly TemplateKind[] = [matrixKind, mappingKind, actionPlanKind];

export function kindById(id: string): TemplateKind | undefined {
  return KINDS.find((k) => k.def.kind === id);
}
