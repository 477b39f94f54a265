/**
 * Property tests over random grids (fast-check): unicode, control characters, very long text, NaN and ±Infinity,
 * booleans, invalid Dates, nulls, ragged rows, merges in and out of bounds, EN/FR/ES headers mixed with noise and
 * odd sheet names. Through header detection, validation of every kind, consolidation and tables, the add-in's
 * compute and the dashboard data: nothing throws, and for every sheet rows read = consolidated + set aside.
 * Runs are bounded (small grids, 150–200 runs) to keep the suite quick; a failure prints its seed to replay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KINDS,
  LANGS,
  buildReport,
  analyseWorkbook,
  locateHeader,
  type CellValue,
  type SheetGrid,
  type WorkbookAnalysis,
} from '../../templates/index.js';
import { flattenKindTables } from '../../templates/core/tabulate.js';
import { neutralise, isFormulaLike } from '../../templates/core/neutralise.js';
import { analyseGrids, describeSheet, normalisations, patchGrid, rowsOfAddress } from '../../addin/src/compute.js';
import { groupFindings } from '../../addin/src/groups.js';
import { derivedWrites, summaryValues } from '../../addin/src/excel/enrich.js';
import { annotationsFor } from '../../addin/src/excel/annotate.js';
import { dropdownTargets } from '../../addin/src/excel/dropdowns.js';
import { buildDashboardData } from '../../pipeline/dashboard/build.js';
import { jsonForScript } from '../../pipeline/dashboard/page.js';
import { csvText } from '../../pipeline/write/csv-export.js';
import { recordRow } from '../../pipeline/write/record-columns.js';
import { missingNumbers } from '../../templates/management-response/numbering.js';
import { HEADER, matrixRow } from '../helpers.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

/** Every header spelling the kinds know, in every language: random grids then often hold a real header. */
const HEADER_WORDS = KINDS.flatMap((k) =>
  k.def.fields.flatMap((f) => [f.key, ...LANGS.map((l) => f.label[l]), ...(f.exact ?? [])]),
);
/** Values the rules look at: enum labels and aliases, section-like and note-like text. */
const VALUE_WORDS = [
  ...new Set(
    KINDS.flatMap((k) =>
      Object.values(k.def.enums).flatMap((e) =>
        e.values.flatMap((v) => [v.key, ...LANGS.map((l) => v.label[l]), ...(v.aliases ?? [])]),
      ),
    ),
  ),
].concat(['Pillar 1', 'Note:', 'n/a', '1.1', '2.3a', 'PSEAH, EO', '#N/A', '#REF!', '2026-13-45', '=1+1', '-', '']);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\t\r\n', '\u200b', '\u2028', '\ufeff', '\ud800', ' \u00a0 ') },
);

/** Over Excel's 32,767 characters: costly to analyse, so only in their own, shorter run. */
const LONG_TEXT = fc.constantFrom('x '.repeat(16_500), 'é'.repeat(33_000), `Accept${' '.repeat(40_000)}`);

const cellOf = (long: number): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: long, arbitrary: LONG_TEXT },
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: text },
    { weight: 4, arbitrary: fc.constantFrom(...HEADER_WORDS) },
    { weight: 4, arbitrary: fc.constantFrom(...VALUE_WORDS) },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 70 }) },
    { weight: 1, arbitrary: fc.double() }, // includes NaN, ±Infinity, -0
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    // invalid Date, serials beyond JS dates
    { weight: 1, arbitrary: fc.constantFrom(new Date(Number.NaN), -99_974_431, 2_958_466, 1e308) },
  );

const rowOf = (long: number) => fc.array(cellOf(long), { maxLength: 10 });
const row = rowOf(0);

/** A kind's header in one language, columns shuffled, with noise cells mixed in. */
const headerRow = fc
  .tuple(
    fc.integer({ min: 0, max: KINDS.length - 1 }),
    fc.constantFrom(...LANGS),
    fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    text,
  )
  .map(([k, lang, keep, noise]) => {
    const labels = KINDS[k].def.fields.map((f) => f.label[lang]).filter((_, i) => keep[i]);
    return [...labels.slice(0, 6), noise, ...labels.slice(6)] as CellValue[];
  });

const merge = fc
  .record({ top: fc.integer({ min: -1, max: 14 }), left: fc.integer({ min: -1, max: 12 }), h: fc.nat(4), w: fc.nat(4) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

const sheetName = fc.oneof(
  fc.string({ maxLength: 31 }),
  fc.constantFrom('Settings', 'Lists', 'Matrix', 'PSEA Summary', 'psea_annotations', "'", '..'),
);

const sheetOf = (long: number): fc.Arbitrary<SheetGrid> =>
  fc
    .record({
      name: sheetName,
      before: fc.array(rowOf(long), { maxLength: 3 }),
      header: fc.option(headerRow, { freq: 3 }),
      rows: fc.array(rowOf(long), { maxLength: 12 }),
      merges: fc.option(fc.array(merge, { maxLength: 4 })),
      firstRow: fc.option(fc.integer({ min: 1, max: 1000 })),
    })
    .map(({ name, before, header, rows, merges, firstRow }) => ({
      name,
      rows: [...before, ...(header ? [header] : []), ...rows],
      ...(merges ? { merges } : {}),
      ...(firstRow ? { firstRow } : {}),
    }));

const sheet = sheetOf(0);
const workbook = fc.array(sheet, { minLength: 1, maxLength: 3 });
/** About one cell in twenty over 32,767 characters. */
const longWorkbook = fc.array(sheetOf(1), { minLength: 1, maxLength: 2 });

/** Row accounting of one analysed sheet: read = consolidated + set aside, and one record per consolidated row. */
function checkAccounting(analysis: WorkbookAnalysis): void {
  for (const s of analysis.sheets) {
    const a = s.table.accounting;
    const setAside = Object.values(a.setAside).reduce((n, x) => n + (x ?? 0), 0);
    expect(a.read, s.table.sheet).toBe(a.consolidated + setAside);
    // Every consolidated row gives at least one record (a checklist row gives one per standard), from no other row.
    expect(new Set(s.records.map((r) => r.source.row)).size).toBe(a.consolidated);
    expect(s.records.length).toBeGreaterThanOrEqual(a.consolidated);
    expect(s.table.setAside.length).toBe(setAside);
  }
  const total = analysis.accounting;
  expect(total.read).toBe(total.consolidated + Object.values(total.setAside).reduce((n, x) => n + (x ?? 0), 0));
}

const RUNS = { numRuns: 200 };

describe('fuzz: the core on random grids', () => {
  it('locateHeader never throws, and any header it finds lies inside the grid', () => {
    fc.assert(
      fc.property(sheet, (grid) => {
        for (const kind of KINDS) {
          const header = locateHeader(grid, kind.def);
          if (header) for (const r of header.rows) expect(r).toBeLessThan(grid.rows.length);
        }
      }),
      RUNS,
    );
  });

  const name =
    "analyseWorkbook, every kind's consolidate and flattenTables never throw, and every sheet accounts for its rows";
  it(name, () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom(...LANGS), (sheets, lang) => {
        const analysis = analyseWorkbook({ file: 'fuzz.xlsx', sheets }, KINDS, { ...OPTIONS, lang });
        checkAccounting(analysis);
        for (const kind of KINDS) {
          const own = analysis.sheets.filter((s) => s.kind === kind.def.kind);
          if (!own.length) continue;
          const { tables } = kind.consolidate(own, { ...OPTIONS, lang });
          for (const table of flattenKindTables(kind.def.kind, tables))
            for (const r of table.rows) expect(r.length).toBe(table.header.length);
        }
        for (const f of [...analysis.findings, ...analysis.sheets.flatMap((s) => s.findings)]) {
          expect(typeof f.message).toBe('string');
          // Every placeholder filled: cell text quoted in the message may itself hold braces, so params are taken out
          // first.
          const bare = Object.values(f.params ?? {}).reduce<string>((m, v) => m.split(String(v)).join(''), f.message);
          expect(bare).not.toMatch(/\{\w+\}|undefined/);
        }
      }),
      RUNS,
    );
  });

  it('cells over 32,767 characters go through analysis and the add-in compute too', () => {
    fc.assert(
      fc.property(longWorkbook, (sheets) => {
        checkAccounting(analyseGrids('long.xlsx', sheets, { lang: 'en', asOf: OPTIONS.asOf }).analysis);
      }),
      { numRuns: 15 },
    );
  });
});

describe('regressions found by the fuzzer', () => {
  it('a merged area partly outside the grid (top or left -1) is clipped, not a crash', () => {
    const analysis = analyseWorkbook(
      {
        file: 'm.xlsx',
        sheets: [
          {
            name: 'M',
            rows: [
              ['rec_no', 'temps 3 commentaire', 'Pillar'],
              [1, 'x', 2],
            ],
            merges: [{ top: -1, left: -1, bottom: 1, right: 0 }],
          },
        ],
      },
      KINDS,
      OPTIONS,
    );
    checkAccounting(analysis);
  });

  it('a huge recommendation number (a typo, or 1e308) gives a short gap message at once, not a loop to it', () => {
    const rows = [
      HEADER,
      matrixRow({ 'Rec #': 1 }),
      matrixRow({ 'Rec #': 5 }),
      matrixRow({ 'Rec #': 2_958_466 }),
      matrixRow({ 'Rec #': 1e308 }),
    ];
    const gap = analyseWorkbook(
      { file: 'm.xlsx', sheets: [{ name: 'M', rows }] },
      KINDS,
      OPTIONS,
    ).sheets[0].findings.find((f) => f.rule === 'management-response.numbering-gap')!;
    expect(gap.params.missing).toBe('2, 3, 4, 6–2958465'); // 1e308 is reported as an invalid number
    expect(missingNumbers([1, 2, 4, 7], 1)).toBe('3, 5, 6');
    expect(missingNumbers([1, 2, 4, 9, 10], 1)).toBe('3, 5–8');
    expect(
      missingNumbers(
        Array.from({ length: 100 }, (_, i) => 3 * i + 1),
        1,
      )
        .split(', ')
        .at(-1),
    ).toBe('…');
  });

  it('an invalid Date or a serial beyond JavaScript dates in a date column is not a crash', () => {
    const rows: CellValue[][] = [
      ['Task', 'Start', 'Due', 'Status'],
      ['a', -99_974_431, new Date(Number.NaN), 'Completed'],
      ['b', 1e308, 46_000, 'Delayed'],
    ];
    const result = analyseGrids('p.xlsx', [{ name: 'Plan', rows }], { lang: 'en', asOf: OPTIONS.asOf });
    expect(result.analysis.sheets).toHaveLength(1);
    checkAccounting(result.analysis);
  });
});

describe('fuzz: the add-in compute', () => {
  it('analyseGrids, describeSheet, annotations, fixes, derived columns, summary and dropdowns never throw', () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom(...LANGS), (grids, lang) => {
        const result = analyseGrids('pane.xlsx', grids, { lang, asOf: OPTIONS.asOf });
        checkAccounting(result.analysis);
        for (const g of grids) describeSheet(g, lang);
        const sections = groupFindings(result.findings, lang);
        expect(sections.flatMap((x) => x.groups).reduce((n, g) => n + g.findings.length, 0)).toBe(
          result.findings.length,
        );
        normalisations(result.findings);
        for (const a of annotationsFor(result.findings)) expect(a.text.startsWith('psea: ')).toBe(true);
        for (const w of derivedWrites(result.analysis, result.grids)) {
          const width = w.values[0].length;
          for (const r of w.values) expect(r.length).toBe(width);
        }
        const summary = summaryValues(result.analysis, { lang, asOf: OPTIONS.asOf });
        for (const r of summary) expect(r.length).toBe(summary[0].length);
        dropdownTargets(result.analysis, lang, {}, {});
      }),
      { numRuns: 100 },
    );
  });

  it('patchGrid and rowsOfAddress take any address and rows', () => {
    fc.assert(
      fc.property(
        sheet,
        fc.integer({ min: -3, max: 40 }),
        fc.array(row, { maxLength: 3 }),
        fc.string(),
        (grid, from, rows, address) => {
          const patched = patchGrid(grid, from, rows);
          expect(patched.rows.length).toBeGreaterThanOrEqual(grid.rows.length);
          const range = rowsOfAddress(address);
          if (range) expect(range.from).toBeLessThanOrEqual(range.to);
        },
      ),
      RUNS,
    );
  });
});

describe('fuzz: outputs', () => {
  it('dashboard data and the CSV writer take whatever the core produced; no written cell starts a formula', () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const analysis = analyseWorkbook({ file: 'fuzz.xlsx', sheets }, KINDS, OPTIONS);
        const kinds = KINDS.map((kind) => {
          const own = analysis.sheets.filter((s) => s.kind === kind.def.kind);
          return {
            kind: kind.def.kind,
            records: own.flatMap((s) => s.records),
            fields: kind.def.fields.map((f) => f.key),
            derived: [...kind.derivedFields],
            tables: own.length ? kind.consolidate(own, OPTIONS).tables : undefined,
          };
        }).filter((k) => k.records.length);
        const findings = [...analysis.findings, ...analysis.sheets.flatMap((s) => s.findings)];
        const data = buildDashboardData(
          {
            kinds,
            report: buildReport({
              lang: 'en',
              inputs: [{ file: 'fuzz.xlsx', read: true }],
              findings,
              accounting: analysis.accounting,
            }),
          },
          { lang: 'en', version: 'fuzz', date: OPTIONS.asOf },
        );
        expect(jsonForScript(data)).not.toContain('<');
        for (const kind of kinds) {
          const rows = kind.records.map((r) => recordRow(kind, r));
          for (const cellValue of rows.flat()) {
            const safe = neutralise(cellValue);
            if (typeof safe === 'string') expect(isFormulaLike(safe)).toBe(false);
          }
          const csv = csvText(['a'], rows);
          expect(csv.startsWith('\uFEFF')).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
