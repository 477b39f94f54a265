/** The acceptance and status tables analysts ask for, computed from recommendations. */
import type { Recommendation } from './recommendations.js';
import type { MatrixSettings } from './settings.js';
import { type RESPONSE_KEYS, type StatusValue } from './values.js';
import { criterionByDigit } from './criteria.js';
import { UnitDirectory } from './units.js';
import { dict } from '../core/dict.js';

export type AcceptanceCounts = Record<(typeof RESPONSE_KEYS)[number] | 'total', number>;
export interface StatusCounts {
  open: number;
  completed: number;
  discarded: number;
  blank: number;
  total: number;
}
export interface StatusTable {
  by_pillar: Record<string, StatusCounts>;
  by_unit: Record<string, StatusCounts>;
}

export interface MatrixTables {
  acceptance: AcceptanceCounts;
  acceptance_by_point: AcceptanceCounts;
  by_criterion: Record<string, number>;
  by_pillar: Record<string, number>;
  pillar_by_response: Record<string, AcceptanceCounts>;
  status_t2: StatusTable;
  status_t3: StatusTable;
  implementation_rate_t2: number | null;
  implementation_rate_t3: number | null;
}

/** A recommendation with the settings it was read under: plain data, so it can cross threads. */
export interface SettledRecommendation {
  rec: Recommendation;
  settings: MatrixSettings;
}

const NO_REFERENCE = '(no reference)';
const NO_PILLAR = '(no pillar)';

const acceptance = (): AcceptanceCounts => ({ Accept: 0, 'Partially accept': 0, 'Not accept': 0, total: 0 });
const statusCounts = (): StatusCounts => ({ open: 0, completed: 0, discarded: 0, blank: 0, total: 0 });

/** The pillar whose range holds the number; the stated pillar only when no range does. */
export function pillarOf(rec: Recommendation, settings: MatrixSettings): number | undefined {
  return settings.pillars.find((p) => rec.recNo >= p.from && rec.recNo <= p.to)?.number ?? rec.main.pillar;
}

function countResponse(counts: AcceptanceCounts, response: string | undefined): void {
  counts.total++;
  if (response && response in counts && response !== 'total') counts[response as keyof AcceptanceCounts]++;
}

function countStatus(table: Record<string, StatusCounts>, key: string, status: StatusValue | undefined): void {
  const counts = (table[key] ??= statusCounts());
  counts.total++;
  counts[status ?? 'blank']++;
}

function rate(
  recs: readonly SettledRecommendation[],
  pick: (r: Recommendation) => StatusValue | undefined,
): number | null {
  const total = recs.length;
  const discarded = recs.filter((r) => pick(r.rec) === 'discarded').length;
  const completed = recs.filter((r) => pick(r.rec) === 'completed').length;
  return total - discarded > 0 ? Math.round((completed / (total - discarded)) * 10000) / 10000 : null;
}

export function computeTables(recs: readonly SettledRecommendation[]): MatrixTables {
  const tables: MatrixTables = {
    acceptance: acceptance(),
    acceptance_by_point: acceptance(),
    by_criterion: dict(),
    by_pillar: dict(),
    pillar_by_response: dict(),
    status_t2: { by_pillar: dict(), by_unit: dict() },
    status_t3: { by_pillar: dict(), by_unit: dict() },
    implementation_rate_t2: rate(recs, (r) => r.statusT2),
    implementation_rate_t3: rate(recs, (r) => r.statusT3),
  };
  // Directories are rebuilt from settings, so the state crosses worker threads as plain data.
  const directories = new Map<MatrixSettings, UnitDirectory>();
  for (const { rec, settings } of recs) {
    let directory = directories.get(settings);
    if (!directory) directories.set(settings, (directory = new UnitDirectory(settings)));
    countResponse(tables.acceptance, rec.response);
    const answered = rec.points.filter((p) => p.response !== undefined && p.response !== 'n/a');
    for (const row of answered.length ? answered : [rec.main]) {
      countResponse(tables.acceptance_by_point, answered.length ? row.response : rec.response);
    }
    const criterion = criterionByDigit(settings, rec.main.criterionRef)?.name ?? NO_REFERENCE;
    tables.by_criterion[criterion] = (tables.by_criterion[criterion] ?? 0) + 1;
    const pillar = String(pillarOf(rec, settings) ?? NO_PILLAR);
    tables.by_pillar[pillar] = (tables.by_pillar[pillar] ?? 0) + 1;
    countResponse((tables.pillar_by_response[pillar] ??= acceptance()), rec.response);
    // A unit named twice ("DOE (GBV), DOE (AAP)") holds the recommendation once.
    const units = [
      ...new Set(
        directory.tokens(rec.main.responsibleText).map((token) => {
          const match = directory.lookup(token);
          return match.kind === 'known' ? match.code : token;
        }),
      ),
    ];
    for (const [time, status] of [
      ['status_t2', rec.statusT2],
      ['status_t3', rec.statusT3],
    ] as const) {
      countStatus(tables[time].by_pillar, pillar, status);
      for (const unit of units.length ? units : ['(none)']) countStatus(tables[time].by_unit, unit, status);
    }
  }
  return tables;
}
