/**
 * The management response's tables, one set per evaluation (its declared id, else its file): two evaluations'
 * pillar 2 are never added together.
 */
import { dict } from '../../core/dict.js';
import type { SettledRecommendation } from './settled.js';
import { recommendationTables, type RecommendationTables } from './recommendations.js';
import { keyActionTables, type KeyActionTables } from './key-actions.js';
import { countRecommendations, type CountedRecommendation } from './counted.js';

export type { SettledRecommendation } from './settled.js';
export { countRecommendations, type CountedRecommendation } from './counted.js';
export { acceptanceOf, pillarOf, type AcceptanceCounts } from './recommendations.js';
export type { StatusCounts } from './status-counts.js';

export type EvaluationTables = RecommendationTables & KeyActionTables;

export interface MatrixTables {
  /** By evaluation id, in the order the evaluations were met. */
  evaluations: Record<string, EvaluationTables>;
}

export function computeTables(settled: readonly SettledRecommendation[], asOf: string): MatrixTables {
  return tablesOfCounted(countRecommendations(settled, asOf));
}

/** The tables from recommendations already counted (countRecommendations), grouped by evaluation. */
export function tablesOfCounted(counted: readonly CountedRecommendation[]): MatrixTables {
  const groups = new Map<string, CountedRecommendation[]>();
  for (const c of counted) (groups.get(c.evaluation) ?? groups.set(c.evaluation, []).get(c.evaluation)!).push(c);
  const evaluations: Record<string, EvaluationTables> = dict();
  for (const [id, group] of groups) evaluations[id] = { ...recommendationTables(group), ...keyActionTables(group) };
  return { evaluations };
}
