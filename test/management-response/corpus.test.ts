/**
 * Issue 13's targets on material we did not lay out ourselves: the management-response corpus (other offices'
 * public formats, EN/FR/ES, exceljs, openpyxl, CSV and LibreOffice re-saves), read with no settings and no profile.
 * The planted defects are found, correct files raise no error or warning, and the tables are the manifest's. The
 * figures are written to test-output/corpus-mr-figures.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../corpus/management-response/generate/index.js';
import type { ExpectedFile } from '../corpus/management-response/generate/model.js';
import { expectedTables, explainedExtra, figuresTable, fileFigures, type FileFigures } from './corpus-figures.js';
import { KINDS, analyseWorkbook, type Finding, type WorkbookGrid } from '../../templates/index.js';
import { matrixKind } from '../../templates/management-response/kind.js';
import { readInput } from '../../pipeline/read/index.js';
import { readSeedFacts } from '../corpus/management-response/generate/seed/facts.js';
import { onlyEvaluation } from '../helpers.js';

let manifest: ExpectedFile[];
let figures: FileFigures[];
let seedExport: WorkbookGrid;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'psea-corpus-mr-'));
  manifest = (await buildCorpus(dir)).manifest;
  seedExport = await readInput(join(dir, 'iom-2023-seed-export.xlsx'), 'iom-2023-seed-export.xlsx');
  figures = await Promise.all(manifest.map((m) => fileFigures(dir, m)));
  // test-output/ is made by whichever test writes there first: on a fresh clone this one may be the first.
  const out = join(process.cwd(), 'test-output');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'corpus-mr-figures.md'), figuresTable(figures) + '\n');
});

// Every file of the corpus: since issue 12 the reader takes all of its layouts.
const ready = () => manifest;
const of = (m: ExpectedFile) => figures.find((f) => f.file === m.file)!;

describe('the management-response corpus, read with no settings', () => {
  it('covers the 17 files, in EN, FR and ES, one of them CSV', () => {
    expect(ready().length).toBe(17);
    expect(new Set(ready().map((m) => m.language))).toEqual(new Set(['en', 'fr', 'es']));
    expect(ready().some((m) => m.tool === 'csv')).toBe(true);
  });

  it('reads every record', () => {
    for (const m of ready()) expect(of(m).records, m.file).toBe(m.summary.records);
  });

  it('finds every planted defect', () => {
    for (const m of ready()) expect(of(m).missed, m.file).toEqual([]);
    expect(ready().reduce((n, m) => n + m.defects.length, 0)).toBeGreaterThanOrEqual(30);
  });

  it('raises no error or warning on correct files, header findings included', () => {
    for (const m of ready())
      expect(
        of(m).unexpected.map((f) => `${f.rule} ${f.sheet}!${f.cell ?? f.row}`),
        m.file,
      ).toEqual([]);
  });

  it('raises nothing on a defect file beyond the planted defects but what the manifest explains', () => {
    for (const m of ready())
      expect(
        of(m)
          .extra.filter((f) => !explainedExtra(m, f))
          .map((f) => `${f.rule} ${f.sheet}!${f.cell ?? f.row}`),
        m.file,
      ).toEqual([]);
  });

  it("gives the manifest's tables: acceptance, each row's latest status, the overdue rows, the rate", () => {
    for (const m of ready()) {
      const want = expectedTables(m);
      const got = of(m);
      if (!m.sheets.some((s) => s.role === 'matrix')) {
        // Nothing is a matrix (the unclaimed sheet): no table at all, as the manifest's zeros say.
        expect(Object.values(want.acceptance).every((n) => n === 0)).toBe(true);
        expect(got.acceptance, m.file).toEqual({});
        continue;
      }
      expect(got.acceptance, `${m.file} acceptance`).toEqual(want.acceptance);
      expect(got.statuses, `${m.file} statuses`).toEqual(want.statuses);
      expect(got.overdueRows, `${m.file} overdue`).toEqual(want.overdueRows);
      if (want.rate !== undefined) expect(got.rate, `${m.file} rate`).toBe(want.rate);
    }
  });
});

describe('the seed matrix exported with no settings', () => {
  const facts = readSeedFacts();
  const run = (grid: WorkbookGrid) => {
    const analysis = analyseWorkbook(grid, KINDS, { lang: 'en', asOf: '2026-11-23' });
    const findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
    const tables = onlyEvaluation(matrixKind.consolidate(analysis.sheets, { lang: 'en', asOf: '2026-11-23' }).tables);
    return { analysis, findings, tables, of: (rule: string) => findings.filter((f: Finding) => f.rule === rule) };
  };

  it('gives Tables 1–3 as in the seed: Table 2 by the first digit, Table 3 by the ranges it declares', () => {
    const { tables, of } = run(seedExport);
    expect(tables.acceptance).toEqual({ Accept: 45, 'Partially accept': 15, 'Not accept': 2, total: 62 });
    const byName = Object.fromEntries(facts.declared.table2.map((c) => [c.label, c.count]));
    expect(tables.by_criterion).toEqual(byName);
    expect(tables.by_pillar).toEqual(Object.fromEntries(facts.declared.table3.map((p) => [String(p.number), p.count])));
    expect(of('management-response.declared-by-criterion')).toEqual([]);
    expect(of('management-response.declared-by-pillar')).toEqual([]);
    // Table 1 counts one partially accepted recommendation as accepted: both of its rows say so.
    expect(of('management-response.declared-table').map((f) => [f.params.category, f.params.declared])).toEqual([
      ['Accept', 46],
      ['Partially accept', 14],
    ]);
  });

  it("finds the seed's own inconsistencies: 8 labels, 6 one-way links, PDX, footnote 1 on #60", () => {
    const { of, analysis } = run(seedExport);
    const recOf = (row?: number) => analysis.sheets[0].records.find((r) => r.source.row === row)?.values.rec_no;
    const labels = of('management-response.criterion-label').map((f) => recOf(f.row));
    expect(labels).toEqual(facts.counts.label_ref_mismatches.map((m) => m.rec_no));
    expect(of('management-response.criteria-inferred')).toHaveLength(0); // Table 2 names the criteria
    const links = of('management-response.link-one-way').map((f) => ({
      rec_no: f.params.rec,
      target: f.params.target,
    }));
    expect(links).toEqual(facts.counts.links_one_way);
    const pdx = of('management-response.unit-unknown').filter((f) => f.value === 'PDX');
    expect(pdx.map((f) => f.suggestion)).toEqual(['PXD', 'PXD']);
    expect(of('management-response.footnote-elements').map((f) => f.params.rec)).toEqual([60]);
  });

  it('without its Table 2 and List of Acronyms: the criteria from the labels, PDX from the more frequent PXD', () => {
    const bare = { ...seedExport, sheets: seedExport.sheets.filter((s) => s.name === 'Matrix') };
    const { of, tables } = run(bare);
    expect(of('management-response.criterion-label')).toHaveLength(8);
    expect(of('management-response.criteria-inferred')[0].params.criteria).toBe(
      '1 Relevance, 2 Internal Coherence, 3 External Coherence, 4 Effectiveness, 5 Efficiency, 6 Impact, ' +
        '7 Sustainability',
    );
    expect(tables.by_criterion).toEqual(Object.fromEntries(facts.declared.table2.map((c) => [c.label, c.count])));
    // PDX twice, PXD four times (once alone, three times as "DPSMM (PXD)"); COMs once, CoM five times.
    expect(of('management-response.unit-variant').map((f) => [f.params.value, f.params.suggestion])).toEqual([
      ['COMs', 'CoM'],
      ['PDX', 'PXD'],
      ['PDX', 'PXD'],
    ]);
    expect(of('management-response.unit-unknown')).toEqual([]);
  });
});
