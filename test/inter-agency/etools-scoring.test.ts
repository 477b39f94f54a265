/**
 * The partner assessment scored exactly as UNICEF's eTools scores it, at and around every boundary. The rules are
 * read from github.com/unicef/etools at commit 1ce1df5552c5d7897d918b5aaa472215ab0f6684 (checked with the search
 * tools for this test):
 * - src/etools/applications/psea/models.py, Assessment.overall_rating_display (lines 210–219): no total or 0 → "";
 *   total ≤ 8 → High; 8 < total ≤ 14 → Moderate; total ≥ 15 → Low;
 * - the same file, Assessment.answers_complete (199–207) and rating (230–237): no rating until every active
 *   indicator has its answer; then the sum of the answers' weights (Absent 1, Progressing 2, Adequate 3,
 *   src/etools/applications/core/data/psea_indicators.json, the psea.rating objects);
 * - src/etools/applications/partners/models.py, EXPIRING_ASSESSMENT_LIMIT_YEAR = 4 (line 258) and
 *   expiring_psea_assessment_flag (622–627): today.year − psea_assessment_date.year ≥ 4;
 * - src/etools/applications/psea/validators.py, EvidenceDescriptionValidator and PastDateValidator.
 * boundaries.json is every total 6 … 18 passed through overall_rating_display by test/corpus/inter-agency.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, analyseWorkbook } from '../../templates/index.js';
import { HIGH_MAX, MODERATE_MAX, isExpiring, riskOf } from '../../templates/partner-assessment/ratings.js';
import type { PartnerState } from '../../templates/partner-assessment/tables.js';
import { assessmentRows, assessments } from '../rules/support-inter.js';
import { CORPUS } from './corpus-expected.js';

const BOUNDARIES = JSON.parse(readFileSync(join(CORPUS, 'boundaries.json'), 'utf8')) as {
  source: { commit: string; lines: number[] };
  rows: { total: number; risk: string }[];
};
const FACTS = JSON.parse(readFileSync(join(CORPUS, 'etools-facts.json'), 'utf8')) as {
  risk: { boundaries: { high_max: number; moderate_min: number; moderate_max: number; low_min: number } };
};

/** Six ratings of 1–3 adding up to `total`. */
function ratingsFor(total: number): number[] {
  const ratings = [1, 1, 1, 1, 1, 1];
  for (let i = 0, left = total - 6; left > 0; i++, left--) ratings[i % 6]++;
  return ratings;
}

/** The analysis of one sheet holding one assessment per total (vendor numbers P6 … P18). */
function scored(totals: number[]) {
  const rows = totals.flatMap((t) =>
    assessmentRows(ratingsFor(t), { 'Vendor number': `P${t}`, 'Total score': null, 'Risk Rating': null }),
  );
  const analysis = analyseWorkbook({ file: 'a.xlsx', sheets: [assessments(rows)] }, KINDS, {
    lang: 'en',
    asOf: '2026-06-30',
  });
  return (analysis.sheets[0].state as PartnerState).assessments;
}

describe('eTools PSEA scoring', () => {
  it('reads the boundaries eTools states (commit 1ce1df5, models.py 210–219)', () => {
    expect(BOUNDARIES.source.commit).toBe('1ce1df5552c5d7897d918b5aaa472215ab0f6684');
    expect(BOUNDARIES.source.lines).toEqual([210, 219]);
    const b = FACTS.risk.boundaries;
    expect([HIGH_MAX, MODERATE_MAX]).toEqual([b.high_max, b.moderate_max]);
    expect([HIGH_MAX + 1, MODERATE_MAX + 1]).toEqual([b.moderate_min, b.low_min]);
  });

  it('gives every total from the lowest (6) to the highest (18) the risk eTools gives it', () => {
    expect(BOUNDARIES.rows.map((r) => r.total)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    for (const { total, risk } of BOUNDARIES.rows) expect(riskOf(total), `total ${total}`).toBe(risk);
    // overall_rating_display: a missing or zero total shows no risk.
    expect(riskOf(null)).toBeUndefined();
    expect(riskOf(0)).toBeUndefined();
  });

  it('scores whole assessments read from a sheet the same way, at and around each boundary', () => {
    const totals = BOUNDARIES.rows.map((r) => r.total);
    const got = scored(totals);
    expect(got.map((a) => a.total)).toEqual(totals);
    expect(got.map((a) => a.risk)).toEqual(BOUNDARIES.rows.map((r) => r.risk));
  });

  it('gives no total and no risk until every core standard is rated (answers_complete)', () => {
    for (let missing = 0; missing < 6; missing++) {
      const ratings: (number | null)[] = [3, 3, 3, 3, 3, 3];
      ratings[missing] = null;
      const analysis = analyseWorkbook({ file: 'a.xlsx', sheets: [assessments(assessmentRows(ratings))] }, KINDS, {
        lang: 'en',
        asOf: '2026-06-30',
      });
      const [a] = (analysis.sheets[0].state as PartnerState).assessments;
      expect([a.total, a.risk, a.missing]).toEqual([undefined, undefined, [`CS-${missing + 1}`]]);
    }
  });

  it('flags expiring assessments by calendar year, as expiring_psea_assessment_flag does', () => {
    expect(isExpiring('2022-12-31', '2026-01-01')).toBe(true);
    expect(isExpiring('2023-01-01', '2026-12-31')).toBe(false);
    expect(isExpiring('2022-01-01', '2025-12-31')).toBe(false);
    expect(isExpiring('2020-06-30', '2026-06-30')).toBe(true);
  });
});
