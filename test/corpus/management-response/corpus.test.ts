/**
 * The management-response corpus is well formed: it builds, its files open with exceljs, openpyxl and papaparse,
 * each reading shows the headers and rows the manifest describes, the LibreOffice re-saves still hold their
 * source's cells, and the committed expected.json is the one the generator writes. It does not test the product.
 * The files are left in test-output/corpus-mr/ for a look or a baseline run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, CORPUS_DIR, type Corpus } from './generate/index.js';
import type { ExpectedFile } from './generate/model.js';
import { RESAVED } from './generate/layouts/index.js';
import { gridCsv, gridsExceljs, gridsOpenpyxl, type Grids } from './check/grids.js';
import { accountingProblems, headerProblems, locationProblems, sameGrids } from './check/manifest-checks.js';

const OUT = join(process.cwd(), 'test-output', 'corpus-mr');
let corpus: Corpus;
const exceljsReads: Record<string, Grids> = {};
let openpyxlReads: Record<string, Grids> = {};

const xlsx = () => corpus.manifest.filter((m) => m.file.endsWith('.xlsx'));
const readingsOf = (m: ExpectedFile): [string, Grids][] =>
  m.file.endsWith('.csv')
    ? [['papaparse', gridCsv(join(OUT, m.file)).grids]]
    : [
        ['exceljs', exceljsReads[m.file]],
        ['openpyxl', openpyxlReads[join(OUT, m.file)]],
      ];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  corpus = await buildCorpus(OUT);
  for (const m of xlsx()) exceljsReads[m.file] = await gridsExceljs(join(OUT, m.file));
  openpyxlReads = gridsOpenpyxl(xlsx().map((m) => join(OUT, m.file)));
});

describe('the management-response corpus', () => {
  it('has at least 15 workbook files from at least 5 organisations, in EN, FR and ES, from four tools', () => {
    const m = corpus.manifest;
    expect(m.length).toBeGreaterThanOrEqual(15);
    expect(new Set(m.map((f) => f.organisation)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(m.map((f) => f.language))).toEqual(new Set(['en', 'fr', 'es']));
    expect(new Set(m.map((f) => f.tool))).toEqual(new Set(['exceljs', 'openpyxl', 'csv', 'libreoffice']));
    expect(m.filter((f) => f.clean).length).toBeGreaterThanOrEqual(6);
    expect(m.filter((f) => f.defects.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('is the committed expected.json', () => {
    const committed = JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8'));
    const stale = 'expected.json is stale: cp test-output/corpus-mr/expected.json test/corpus/management-response/';
    expect(JSON.parse(JSON.stringify(corpus.manifest)), stale).toEqual(committed);
  });

  it('shows every expected header, in every reading of every file', () => {
    const problems = corpus.manifest.flatMap((m) =>
      readingsOf(m).flatMap(([tool, grids]) =>
        m.sheets.flatMap((s) => headerProblems(grids[s.name] ?? [], s).map((p) => `${m.file} (${tool}) ${p}`)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('accounts for every row below each header, in every reading', () => {
    const problems = corpus.manifest.flatMap((m) =>
      readingsOf(m).flatMap(([tool, grids]) =>
        m.sheets.flatMap((s) => accountingProblems(grids[s.name] ?? [], s).map((p) => `${m.file} (${tool}) ${p}`)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('puts defects, declared tables and sections on rows that hold them', () => {
    const problems = corpus.manifest.flatMap((m) => readingsOf(m).flatMap(([, grids]) => locationProblems(grids, m)));
    expect(problems).toEqual([]);
  });

  it('reads the same cells with exceljs and with openpyxl', () => {
    const problems = xlsx().flatMap((m) =>
      sameGrids(exceljsReads[m.file], openpyxlReads[join(OUT, m.file)], Object.keys(exceljsReads[m.file])).map(
        (p) => `${m.file}: ${p}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has LibreOffice re-saves that hold the cells of the files they came from', () => {
    expect(RESAVED.length).toBeGreaterThanOrEqual(3);
    for (const [source, resaved] of RESAVED) {
      const sheets = Object.keys(exceljsReads[source]);
      expect(
        sameGrids(exceljsReads[source], exceljsReads[resaved], sheets),
        `${resaved} (rerun libreoffice/resave.sh)`,
      ).toEqual([]);
    }
  });

  it('writes the CSV as a Spanish-locale Excel does: semicolons and a UTF-8 BOM', () => {
    for (const m of corpus.manifest.filter((f) => f.tool === 'csv')) {
      const spec = corpus.specs.find((s) => s.file === m.file)!;
      const { delimiter, bom } = gridCsv(join(OUT, m.file));
      expect({ delimiter, bom }).toEqual(spec.csv);
    }
  });

  it('has declared tables that agree with the computed ones where it says so, and disagree where planted', () => {
    for (const m of corpus.manifest) {
      for (const d of m.declared.filter((x) => x.kind === 'acceptance')) {
        const { total, ...counts } = d.computed;
        expect(counts, `${m.file} ${d.sheet}`).toEqual(m.tables.acceptance);
        expect(total).toBe(m.summary.recommendations);
        expect(d.agrees).toBe(JSON.stringify(d.declared) === JSON.stringify(d.computed));
        if (!d.agrees)
          expect(m.defects.some((x) => x.rule === 'management-response.declared-table' && x.sheet === d.sheet)).toBe(
            true,
          );
      }
    }
  });
});
