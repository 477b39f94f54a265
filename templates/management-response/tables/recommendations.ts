/** The acceptance, criterion, pillar and round-by-round status tables of one evaluation, from its recommendations. */
import { dict } from '../../core/dict.js';
import type { Recommendation } from '../recommendations.js';
import { recStatusIn, statusRows } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { RESPONSE_KEYS, StatusValue } from '../values.js';
import type { CountedRecommendation } from './counted.js';
import { rateOf, statusCounts, type StatusCounts } from './status-counts.js';

export type AcceptanceCounts = Record<(typeof RESPONSE_KEYS)[number] | 'total', number>;
export interface StatusTable {
  by_pillar: Record<string, StatusCounts>;
  by_unit: Record<string, StatusCounts>;
}

export interface RecommendationTables {
  acceptance: AcceptanceCounts;
  acceptance_by_point: AcceptanceCounts;
  by_criterion: Record<string, number>;
  by_pillar: Record<string, number>;
  pillar_by_response: Record<string, AcceptanceCounts>;
  /** Each monitoring round, by its key (t2, t3, 2025-12, current): recommendations by status. */
  status_by_round: Record<string, StatusTable>;
  /** completed ÷ (recommendations − no longer applicable), per round. */
  implementation_rate_by_round: Record<string, number | null>;
}

export const acceptance = (): AcceptanceCounts => ({ Accept: 0, 'Partially accept': 0, 'Not accept': 0, total: 0 });

/** The pillar whose range holds the number; the stated pillar only when no range does. */
export function pillarOf(rec: Recommendation, settings: MatrixSettings): number | undefined {
  const ranged = settings.pillars.find((p) => p.from !== undefined && rec.recNo >= p.from && rec.recNo <= p.to!);
  return ranged?.number ?? rec.main.pillar;
}

function countResponse(counts: AcceptanceCounts, response: string | undefined): void {
  counts.total++;
  if (response && response in counts && response !== 'total') counts[response as keyof AcceptanceCounts]++;
}

/** Recommendations by response, points rolled up. */
export function acceptanceOf(recs: readonly Recommendation[]): AcceptanceCounts {
  const counts = acceptance();
  for (const rec of recs) countResponse(counts, rec.response);
  return counts;
}

/** A recommendation's status in a round: unknown when one of its rows has a word that is no status. */
export function recommendationStatus(
  rec: Recommendation,
  round: string,
  latest: boolean,
): StatusValue | 'unknown' | undefined {
  const unread = statusRows(rec).some((r) => r.rounds.some((c) => c.round === round && c.status && !c.status.value));
  return unread && !(latest && rec.main.recStatus) ? 'unknown' : recStatusIn(rec, round, latest);
}

/** The tables of one evaluation's recommendations, as countRecommendations gives them. */
export function recommendationTables(counted: readonly CountedRecommendation[]): RecommendationTables {
  const tables: RecommendationTables = {
    acceptance: acceptance(),
    acceptance_by_point: acceptance(),
    by_criterion: dict(),
    by_pillar: dict(),
    pillar_by_response: dict(),
    status_by_round: dict(),
    implementation_rate_by_round: dict(),
  };
  const rounds = [...new Set(counted.flatMap((c) => c.rounds))];
  const statusIn = (c: CountedRecommendation, round: string) => {
    const i = c.rounds.indexOf(round);
    return i < 0 ? undefined : c.statuses[i];
  };
  for (const c of counted) {
    countResponse(tables.acceptance, c.response);
    for (const response of c.byPoint) countResponse(tables.acceptance_by_point, response);
    tables.by_criterion[c.criterion] = (tables.by_criterion[c.criterion] ?? 0) + 1;
    tables.by_pillar[c.pillar] = (tables.by_pillar[c.pillar] ?? 0) + 1;
    countResponse((tables.pillar_by_response[c.pillar] ??= acceptance()), c.response);
    for (const round of rounds) {
      const status = statusIn(c, round);
      const table = (tables.status_by_round[round] ??= { by_pillar: dict(), by_unit: dict() });
      statusCounts.add(table.by_pillar, c.pillar, status);
      for (const unit of c.units.length ? c.units : ['(none)']) statusCounts.add(table.by_unit, unit, status);
    }
  }
  for (const round of rounds)
    tables.implementation_rate_by_round[round] = rateOf(counted.map((c) => statusIn(c, round)));
  return tables;
}
