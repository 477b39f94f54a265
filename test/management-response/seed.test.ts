/**
 * The bundled example against the seed matrix itself: its Tables 2 and 3 (as declared in the seed, kept in the
 * committed seed-facts.json that the corpus checks against the seed text) must come out of the rows exactly;
 * the seed's known inconsistencies are found one by one. Nothing is read from ../shared.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, type Finding, type WorkbookAnalysis } from '../../templates/index.js';
import { matrixKind } from '../../templates/management-response/kind.js';
import type { EvaluationTables, MatrixTables } from '../../templates/management-response/tables/index.js';
import { IOM_2023 } from '../../templates/profiles/iom-2023.js';
import { readInput } from '../../pipeline/read/index.js';
import { readSeedFacts } from '../corpus/management-response/generate/seed/facts.js';

const EXAMPLE = join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx');

let analysis: WorkbookAnalysis;
let findings: Finding[];
let tables: EvaluationTables;
beforeAll(async () => {
  analysis = analyseWorkbook(await readInput(EXAMPLE, 'iom-pseah-2023.xlsx'), KINDS, {
    lang: 'en',
    asOf: '2026-11-23',
  });
  findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  // The example's Settings sheet names the iom-2023 profile: its evaluation id keys the tables.
  const all = matrixKind.consolidate(analysis.sheets, { lang: 'en', asOf: '2026-11-23' }).tables as MatrixTables;
  expect(Object.keys(all.evaluations)).toEqual(['iom-2023']);
  tables = all.evaluations['iom-2023'];
});

const of = (rule: string) => findings.filter((f) => f.rule === rule);

describe('the bundled example against the seed', () => {
  it('reads all 62 recommendations, with every row accounted for', () => {
    expect(tables.acceptance.total).toBe(62);
    const a = analysis.accounting;
    const setAside = Object.values(a.setAside).reduce((s, n) => s + (n ?? 0), 0);
    expect(a.read).toBe(a.consolidated + setAside);
    expect(a.setAside).toEqual({ section: 5, blank: 1, note: 1 });
  });

  it('reproduces Table 2 (by criterion) exactly', () => {
    const declared = new Map(readSeedFacts().declared.table2.map((c) => [c.digit, c.count]));
    expect(declared.size).toBe(7);
    const criteria = (IOM_2023.settings['management-response'] as { criteria: { digit: number; name: string }[] })
      .criteria;
    const expected = Object.fromEntries(
      [...declared].map(([digit, n]) => [criteria.find((c) => c.digit === digit)!.name, n]),
    );
    expect(tables.by_criterion).toEqual(expected);
  });

  it('reproduces Table 3 (by pillar) exactly', () => {
    const declared = new Map(readSeedFacts().declared.table3.map((p) => [p.number, p.count]));
    expect(declared.size).toBe(5);
    expect(tables.by_pillar).toEqual(Object.fromEntries([...declared].map(([p, n]) => [String(p), n])));
  });

  it('finds the labels that disagree with their reference numbers', () => {
    const recs = of('management-response.criterion-label').map((f) => {
      const row = analysis.sheets[0].records.find((r) => r.source.row === f.row)!;
      return `${row.values.rec_no}:${f.value}→${f.suggestion}`;
    });
    expect(recs.sort()).toEqual(
      [
        '41:Efficiency→Impact',
        '42:Efficiency→Impact',
        '43:Efficiency→Impact',
        '52:Efficiency→Impact',
        '55:Internal Coherence→External coherence',
        '56:Internal Coherence→External coherence',
        '57:Internal Coherence→External coherence',
        '58:Internal Coherence→External coherence',
      ].sort(),
    );
  });

  it('finds that the declared Table 1 disagrees with the rows, naming the point-level recommendations', () => {
    const declared = of('management-response.declared-table').map((f) => [
      f.params.category,
      f.params.declared,
      f.params.computed,
      f.params.causes,
    ]);
    expect(declared).toEqual([
      ['Accept', 46, 45, ' (#48, #54)'],
      ['Partially accept', 14, 15, ' (#29, #60)'],
    ]);
    expect(tables.acceptance).toEqual({ Accept: 45, 'Partially accept': 15, 'Not accept': 2, total: 62 });
  });

  it('finds the one-way links', () => {
    const links = of('management-response.link-one-way').map((f) => `${f.params.rec}→${f.params.target}`);
    expect(links).toEqual(['23→2', '53→62', '54→62', '61→38', '61→53', '61→54']);
    expect(of('management-response.link-missing')).toEqual([]);
  });

  it('finds the unit codes missing from the acronym list, with did-you-means', () => {
    const units = of('management-response.unit-unknown').map(
      (f) => `${f.value}${f.suggestion ? `→${f.suggestion}` : ''}`,
    );
    expect([...new Set(units)].sort()).toEqual(['COMs', 'COs→CO', 'ICT', 'MEC', 'PDX→PXD'].sort());
    expect(
      of('cell.value-normalised')
        .filter((f) => f.field === 'support_units')
        .map((f) => f.value),
    ).toContain('DDG – O');
  });

  it('finds nothing wrong where the seed is consistent', () => {
    for (const rule of [
      'management-response.criterion-ref-duplicate',
      'management-response.numbering-gap',
      'management-response.pillar-range',
      'management-response.duplicate-key',
      'management-response.rollup-mismatch',
      'layout.required-column',
      'management-response.response-value',
      'management-response.status-value',
      'management-response.status-not-accepted',
    ]) {
      expect(of(rule), rule).toEqual([]);
    }
  });

  it('rolls up the point-level responses as the seed footnote explains', () => {
    const rollup = (rec: number) =>
      analysis.sheets[0].records.find((r) => r.values.rec_no === rec)!.derived.response_rollup;
    expect(rollup(29)).toBe('Partially accept');
    expect(rollup(60)).toBe('Partially accept');
    expect(rollup(48)).toBe('Accept');
    // #20 and #62 whole, #29 point b, #60 points a and b.
    expect(tables.acceptance_by_point['Not accept']).toBe(2 + 1 + 2);
  });
});
