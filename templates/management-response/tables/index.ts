/**
 * The management response's tables, one set per evaluation (its declared id, else its file): two evaluations'
 * pillar 2 are never added together.
 */
import { dict } from '../../core/dict.js';
import type { SettledRecommendation } from './settled.js';
import { recommendationTables, type RecommendationTables } from './recommendations.js';
import { keyActionTables, type KeyActionTables } from './key-actions.js';

export type { SettledRecommendation } from './settled.js';
export { acceptanceOf, pillarOf, type AcceptanceCounts } from './recommendations.js';
export type { StatusCounts } from './status-counts.js';

export type EvaluationTables = RecommendationTables & KeyActionTables;

export interface MatrixTables {
  /** By evaluation id, in the order the evaluations were met. */
  evaluations: Record<string, EvaluationTables>;
}

export function computeTables(settled: readonly SettledRecommendation[], asOf: string): MatrixTables {
  const groups = new Map<string, SettledRecommendation[]>();
  for (const s of settled) (groups.get(s.evaluation) ?? groups.set(s.evaluation, []).get(s.evaluation)!).push(s);
  const evaluations: Record<string, EvaluationTables> = dict();
  for (const [id, group] of groups)
    evaluations[id] = { ...recommendationTables(group), ...keyActionTables(group, asOf) };
  return { evaluations };
}
