/**
 * A sheet's recommendations as a batch keeps them until its end: counted (counted.ts) on the run's date, instead of
 * their rows and text. The tables from these are the tables from the rows (test/core/batch-sheet.test.ts).
 */
import type { CountedRecommendation } from './counted.js';
import { countRecommendations } from './counted.js';
import type { SettledRecommendation } from './settled.js';

export interface MatrixState {
  recs: SettledRecommendation[];
  /** Set once the batch has cut the state: recs is then empty. */
  counted?: CountedRecommendation[];
}

export function countedOf(state: MatrixState, asOf: string): CountedRecommendation[] {
  return state.counted ?? countRecommendations(state.recs, asOf);
}

export function batchMatrixState(state: MatrixState, asOf: string): MatrixState {
  return { recs: [], counted: countedOf(state, asOf) };
}
