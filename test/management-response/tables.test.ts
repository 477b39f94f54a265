import { describe, expect, it } from 'vitest';
import { grid, matrixRow, HEADER, IOM_PROFILE, analyse, onlyEvaluation } from '../helpers.js';
import { matrixKind } from '../../templates/management-response/kind.js';
import type { EvaluationTables } from '../../templates/management-response/tables/index.js';
import { statusCounts } from '../../templates/management-response/tables/status-counts.js';

/** Under the 2023 IOM evaluation's settings: recommendation 20 is pillar 2 by its range. */
function tablesOf(rows: (string | number | null)[][]): EvaluationTables {
  const result = analyse([grid(rows)], 'test.xlsx', 'en', { profile: IOM_PROFILE });
  return onlyEvaluation(matrixKind.consolidate(result.sheets, { lang: 'en', asOf: '2026-01-01' }).tables);
}

const counts = (over: Record<string, number>) => ({ ...statusCounts.empty(), ...over });

describe('matrix tables', () => {
  const rows = [
    HEADER,
    matrixRow({
      'Rec #': 1,
      'Evaluation ref.': '1.1',
      'Evaluation criterion': 'Relevance',
      'Status (Time 2)': 'completed',
      'Comments (Time 2)': 'done',
    }),
    matrixRow({
      'Rec #': 2,
      'Evaluation ref.': '1.2',
      'Evaluation criterion': 'Relevance',
      'Management response': 'Partially accept',
      Rationale: 'r',
      'Status (Time 2)': 'open',
    }),
    matrixRow({
      'Rec #': 20,
      Pillar: 2,
      'Evaluation ref.': '4.1',
      'Evaluation criterion': 'Effectiveness',
      'Management response': 'Not accept',
      Rationale: 'r',
      'Key actions': null,
      'Status (Time 2)': 'discarded',
      'Comments (Time 2)': 'n/a',
    }),
    matrixRow({
      'Rec #': 21,
      Pillar: 2,
      'Evaluation ref.': '4.2',
      'Evaluation criterion': 'Effectiveness',
      'Management response': 'Partially accept',
      Rationale: 'r',
    }),
    matrixRow({ 'Rec #': 21, Point: 'a', Pillar: 2, 'Evaluation ref.': null, 'Management response': 'Accept' }),
    matrixRow({
      'Rec #': 21,
      Point: 'b',
      Pillar: 2,
      'Evaluation ref.': null,
      'Management response': 'Not accept',
      Rationale: 'r',
    }),
  ];
  const tables = tablesOf(rows);
  it('counts acceptance per recommendation, rolling points up', () => {
    expect(tables.acceptance).toEqual({ Accept: 1, 'Partially accept': 2, 'Not accept': 1, total: 4 });
  });
  it('counts acceptance per point', () => {
    expect(tables.acceptance_by_point).toEqual({ Accept: 2, 'Partially accept': 1, 'Not accept': 2, total: 5 });
  });
  it('counts by criterion, by pillar and pillar × response', () => {
    expect(tables.by_criterion).toEqual({ Relevance: 2, Effectiveness: 2 });
    expect(tables.by_pillar).toEqual({ 1: 2, 2: 2 });
    expect(tables.pillar_by_response['2']).toEqual({ Accept: 0, 'Partially accept': 1, 'Not accept': 1, total: 2 });
  });
  it('counts statuses by pillar and unit and computes the implementation rate', () => {
    // The seed's words: open is in progress, discarded no longer applicable.
    const t2 = tables.status_by_round.t2;
    expect(t2.by_pillar['1']).toEqual(counts({ 'in progress': 1, completed: 1, total: 2 }));
    expect(t2.by_unit.PSEAH.total).toBe(4);
    // completed 1 ÷ (4 − 1 no longer applicable)
    expect(tables.implementation_rate_by_round.t2).toBeCloseTo(1 / 3, 4);
    expect(tables.implementation_rate_by_round.t3).toBe(0);
  });
});

describe('status by responsible unit', () => {
  it('counts a recommendation once under a unit its cell names twice (found by the oracle)', () => {
    const tables = tablesOf([
      HEADER,
      matrixRow({ 'Rec #': 1, 'Responsible unit(s)': 'PSEAH, PSEAH', 'Status (Time 2)': 'open' }),
      matrixRow({ 'Rec #': 2, 'Evaluation ref.': '2.2', 'Responsible unit(s)': 'DOE (GBV), DOE (AAP), OIG' }),
    ]);
    const t2 = tables.status_by_round.t2;
    expect(t2.by_unit.PSEAH).toEqual(counts({ 'in progress': 1, total: 1 }));
    expect(t2.by_unit.DOE.total).toBe(1);
    expect(t2.by_unit.OIG.total).toBe(1);
  });
});
