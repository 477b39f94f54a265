/** Point rows continue their own recommendation only: never the one above when they start a new number. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { matrixKind } from '../../templates/management-response/kind.js';
import { readInput } from '../../pipeline/read/index.js';
import { analyse, grid, HEADER, IOM_PROFILE, matrixRow, only, onlyEvaluation } from '../helpers.js';
import { seedLayoutGrid } from '../fixtures/seed-layout.js';

const findings = (a: ReturnType<typeof analyse>) => [...a.sheets.flatMap((s) => s.findings), ...a.findings];

describe('continuation rows', () => {
  it("in the seed's layout, #29 and #48 do not take #28's and #47's links", () => {
    const analysis = analyse([seedLayoutGrid()]);
    const records = analysis.sheets[0].records;
    const linksOf = (rec: number) => records.filter((r) => r.values.rec_no === rec).map((r) => r.values.linked_recs);
    expect(linksOf(28)).toEqual(['#22, #31']);
    expect(linksOf(29)).toEqual([null, null]);
    expect(linksOf(47)).toEqual(['#4']);
    expect(linksOf(48)).toEqual([null, null, null, null, null]);
    const links = only(findings(analysis), 'management-response.link-one-way').map(
      (f) => `${f.params.rec}→${f.params.target}`,
    );
    expect(links).toEqual(['23→2', '53→62', '54→62', '61→38', '61→53', '61→54']);
  });

  const same = "the seed's layout and the bundled example's (recommendation rows, merged numbers) give the same counts";
  it(same, async () => {
    const options = { lang: 'en', asOf: '2026-11-23' } as const;
    const tablesOf = (a: ReturnType<typeof analyse>) =>
      onlyEvaluation(matrixKind.consolidate(a.sheets, options).tables);
    // The example names the iom-2023 profile on its Settings sheet; the seed's layout is given it here.
    const seed = tablesOf(analyse([seedLayoutGrid()], 'seed.xlsx', 'en', { profile: IOM_PROFILE }));
    const example = await readInput(join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx'));
    const bundled = tablesOf(analyse(example.sheets));
    for (const table of [
      'acceptance',
      'acceptance_by_point',
      'by_criterion',
      'by_pillar',
      'pillar_by_response',
    ] as const)
      expect(seed[table], table).toEqual(bundled[table]);
    expect(seed.acceptance).toEqual({ Accept: 45, 'Partially accept': 15, 'Not accept': 2, total: 62 });
  });

  it('a point row without a number still continues the recommendation above', () => {
    const rows = [
      HEADER,
      matrixRow({ 'Rec #': 1, Point: 'a', 'Linked recommendations': '#2' }),
      matrixRow({ 'Rec #': null, Point: 'b', 'Linked recommendations': null, Recommendation: null }),
      matrixRow({ 'Rec #': 2, 'Evaluation ref.': '2.2', 'Linked recommendations': '#1' }),
    ];
    const records = analyse([grid(rows)]).sheets[0].records;
    expect(records.map((r) => [r.values.rec_no, r.values.point, r.values.linked_recs])).toEqual([
      [1, 'a', '#2'],
      [1, 'b', '#2'],
      [2, null, '#1'],
    ]);
  });

  it('a point row that repeats its own number continues it; one with another number does not', () => {
    const rows = [
      HEADER,
      matrixRow({ 'Rec #': 1, Point: 'a', 'Linked recommendations': '#3', 'Evaluation criterion': 'Relevance' }),
      matrixRow({ 'Rec #': 1, Point: 'b', 'Evaluation criterion': null, Recommendation: null }),
      matrixRow({ 'Rec #': 2, Point: 'a', 'Evaluation ref.': '2.2', 'Evaluation criterion': null }),
      matrixRow({ 'Rec #': 3, 'Evaluation ref.': '2.3', 'Linked recommendations': '#1' }),
    ];
    const records = analyse([grid(rows)]).sheets[0].records;
    expect(records.map((r) => [r.values.rec_no, r.values.linked_recs, r.values.criterion])).toEqual([
      [1, '#3', 'Relevance'],
      [1, '#3', 'Relevance'],
      [2, null, null],
      [3, '#1', 'Internal coherence'],
    ]);
  });
});
