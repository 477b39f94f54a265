/** The acceptance, criterion, pillar and round-by-round status tables of one evaluation, from its recommendations. */
import { dict } from '../../core/dict.js';
import type { Recommendation } from '../recommendations.js';
import { recStatusIn, statusRows } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { RESPONSE_KEYS, StatusValue } from '../values.js';
import { criterionByDigit } from '../criteria.js';
import { UnitDirectory } from '../units.js';
import type { SettledRecommendation } from './settled.js';
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

const NO_REFERENCE = '(no reference)';
const NO_PILLAR = '(no pillar)';

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

/** The codes of a recommendation's responsible units, each once ("DOE (GBV), DOE (AAP)" holds it once). */
function unitsOf(rec: Recommendation, directory: UnitDirectory): string[] {
  return [
    ...new Set(
      directory.tokens(rec.main.responsibleText).map((token) => {
        const match = directory.lookup(token);
        return match.kind === 'known' ? match.code : token;
      }),
    ),
  ];
}

export function recommendationTables(settled: readonly SettledRecommendation[]): RecommendationTables {
  const tables: RecommendationTables = {
    acceptance: acceptanceOf(settled.map((s) => s.rec)),
    acceptance_by_point: acceptance(),
    by_criterion: dict(),
    by_pillar: dict(),
    pillar_by_response: dict(),
    status_by_round: dict(),
    implementation_rate_by_round: dict(),
  };
  const rounds = [...new Set(settled.flatMap((s) => s.rounds))];
  // Directories are rebuilt from settings, so the state crosses worker threads as plain data.
  const directories = new Map<MatrixSettings, UnitDirectory>();
  for (const { rec, settings, rounds: own } of settled) {
    let directory = directories.get(settings);
    if (!directory) directories.set(settings, (directory = new UnitDirectory(settings)));
    const answered = rec.points.filter((p) => p.response !== undefined && p.response !== 'n/a');
    for (const row of answered.length ? answered : [rec.main])
      countResponse(tables.acceptance_by_point, answered.length ? row.response : rec.response);
    const criterion = criterionByDigit(settings, rec.main.criterionRef);
    const digit = /^(\d)\.\d+$/.exec(rec.main.criterionRef.trim())?.[1];
    const criterionKey = criterion?.name ?? digit ?? NO_REFERENCE;
    tables.by_criterion[criterionKey] = (tables.by_criterion[criterionKey] ?? 0) + 1;
    const pillar = String(pillarOf(rec, settings) ?? NO_PILLAR);
    tables.by_pillar[pillar] = (tables.by_pillar[pillar] ?? 0) + 1;
    countResponse((tables.pillar_by_response[pillar] ??= acceptance()), rec.response);
    const units = unitsOf(rec, directory);
    for (const round of rounds) {
      const status = own.includes(round) ? recommendationStatus(rec, round, round === own[own.length - 1]) : undefined;
      const table = (tables.status_by_round[round] ??= { by_pillar: dict(), by_unit: dict() });
      statusCounts.add(table.by_pillar, pillar, status);
      for (const unit of units.length ? units : ['(none)']) statusCounts.add(table.by_unit, unit, status);
    }
  }
  for (const round of rounds) {
    const statuses = settled.map((s) =>
      s.rounds.includes(round)
        ? recommendationStatus(s.rec, round, round === s.rounds[s.rounds.length - 1])
        : undefined,
    );
    tables.implementation_rate_by_round[round] = rateOf(statuses);
  }
  return tables;
}
