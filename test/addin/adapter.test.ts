import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { KINDS, analyseWorkbook, type Finding } from '../../templates/index.js';
import { analyseGrids, describeSheet, normalisations, fixAll } from '../../addin/src/compute.js';
import { readWorkbook, MAX_BLOCK_ROWS, MAX_REQUEST_BYTES } from '../../addin/src/excel/read.js';
import { annotate, clearAnnotations } from '../../addin/src/excel/annotate.js';
import { applyDropdowns, dropdownTargets } from '../../addin/src/excel/dropdowns.js';
import { derivedWrites, enrich, summaryValues } from '../../addin/src/excel/enrich.js';
import { insertTemplate } from '../../addin/src/excel/template.js';
import { applyFixes, selectCell } from '../../addin/src/excel/cells.js';
import { OwnWrites, watchSheets } from '../../addin/src/excel/live.js';
import { FILLS, STATE_SHEET, SUMMARY_SHEET, DERIVED_PREFIX } from '../../addin/src/excel/names.js';
import { FakeWorkbook, fakeHost, type FakeSheet } from './fake-excel.js';
import { plantedMatrix, matrixRows, rowOf } from './fixtures.js';
import { HEADER } from '../helpers.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

async function validate(wb: FakeWorkbook) {
  const read = await readWorkbook(fakeHost(wb));
  return { read, result: analyseGrids('m.xlsx', read.grids, OPTIONS) };
}

const strip = (fs: Finding[]) => fs.map(({ file: _file, ...rest }) => rest);
/** Every cell, fill and validation of a sheet, for before/after comparisons. */
const snapshot = (s: FakeSheet) =>
  JSON.stringify({
    cells: [...s.cells.entries()].sort(),
    validation: [...s.validation.entries()].sort(),
    visibility: s.visibility,
  });

describe('reading the workbook', () => {
  it(
    'finds what the CLI finds on the same cells, in at most 3 round trips for a ' + '62-recommendation matrix',
    async () => {
      const rows = plantedMatrix();
      const wb = new FakeWorkbook({ Matrix: rows });
      const { read, result } = await validate(wb);
      expect(read.syncs).toBeLessThanOrEqual(3);
      expect(result.findings.map((f) => f.rule).sort()).toEqual([
        'cell.value-normalised',
        'cell.value-normalised',
        'management-response.response-value',
        'management-response.response-value',
        'management-response.status-value',
      ]);
      // The CLI path: the same rows written to xlsx, read by exceljs, analysed by the core.
      const book = new ExcelJS.Workbook();
      book.addWorksheet('Matrix').addRows(rows.map((r) => r.map((v) => v ?? undefined)));
      const cli = analyseWorkbook(await readXlsx(Buffer.from(await book.xlsx.writeBuffer()), 'm.xlsx'), KINDS, OPTIONS);
      expect(strip(result.findings)).toEqual(strip([...cli.sheets.flatMap((s) => s.findings), ...cli.findings]));
    },
  );

  it('reads a large sheet in blocks of at most 5,000 rows with every response under 5 MB', async () => {
    const rows = matrixRows(12_000).map((r, i) =>
      i > 1 ? r.map((v, c) => (c === 5 ? `${'long recommendation text '.repeat(12)}${i}` : v)) : r,
    );
    const wb = new FakeWorkbook({ Matrix: rows, Notes: [['free text']] });
    const { read } = await validate(wb);
    const grid = read.grids.find((g) => g.name === 'Matrix')!;
    expect(grid.rows.length).toBe(rows.length);
    expect(grid.rows[12_001][5]).toBe(rows[12_001][5]);
    expect(read.responseBytes.length).toBeGreaterThanOrEqual(Math.ceil(rows.length / MAX_BLOCK_ROWS));
    for (const bytes of read.responseBytes) expect(bytes).toBeLessThan(MAX_REQUEST_BYTES);
    expect(wb.responses).toEqual(read.responseBytes);
  });

  it('keeps sheet rows and columns when the used range starts below and right of A1', async () => {
    const wb = new FakeWorkbook({ Matrix: [] });
    const sheet = wb.sheet('Matrix')!;
    plantedMatrix(12).forEach((row, r) => row.forEach((v, c) => v !== null && sheet.set(r + 4, c + 2, v)));
    const { result } = await validate(wb);
    const bad = result.findings.find((f) => f.rule === 'management-response.response-value')!;
    expect(bad.cell).toBe(`L${rowOf(3) + 4}`);
    expect(sheet.value(bad.cell!)).toBe('Acept');
  });
});

describe('annotations', () => {
  it('marks by severity, adds notes, and clears exactly its own marks', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
    const sheet = wb.sheet('Matrix')!;
    const host = fakeHost(wb);
    // The user's own formatting: a fill on a cell the pane will mark, a note on another, a fill elsewhere.
    sheet.format(rowOf(3) - 1, 9).fill = '#00B050';
    wb.notes.set(`Matrix!J${rowOf(7)}`, { content: 'my own note' });
    sheet.format(0, 0).fill = '#FFFF00';
    const before = snapshot(sheet);
    const { result } = await validate(wb);
    wb.syncs = 0;
    const done = await annotate(host, result.findings);
    expect(wb.syncs).toBeLessThanOrEqual(3);
    expect(done.mode).toBe('note');
    expect(sheet.at(`J${rowOf(3)}`)!.fill).toBe(FILLS.error);
    expect(sheet.at(`J${rowOf(5)}`)!.fill).toBe(FILLS.info);
    expect(wb.notes.get(`Matrix!J${rowOf(3)}`)!.content).toContain('Acept');
    expect(wb.notes.get(`Matrix!J${rowOf(7)}`)!.content).toBe('my own note');
    expect(wb.sheet(STATE_SHEET)!.visibility).toBe('VeryHidden');
    // Annotating again must still remember the user's fill underneath.
    await annotate(host, result.findings);
    await clearAnnotations(host);
    expect(snapshot(sheet)).toBe(before);
    expect([...wb.notes.keys()]).toEqual([`Matrix!J${rowOf(7)}`]);
    expect(wb.sheet(STATE_SHEET)).toBeUndefined();
  });

  it('still clears when an annotated sheet was deleted since', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix(), Copy: plantedMatrix() });
    const host = fakeHost(wb);
    const { result } = await validate(wb);
    await annotate(host, result.findings);
    expect(wb.notes.size).toBe(10);
    wb.sheets.splice(
      wb.sheets.findIndex((s) => s.name === 'Copy'),
      1,
    );
    await clearAnnotations(host);
    expect(wb.sheet('Matrix')!.at(`J${rowOf(3)}`)?.fill).toBeUndefined();
    expect(wb.sheet(STATE_SHEET)).toBeUndefined();
  });

  it('leaves a fill the user changed after annotating', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
    const host = fakeHost(wb);
    const { result } = await validate(wb);
    await annotate(host, result.findings);
    wb.sheet('Matrix')!.at(`J${rowOf(3)}`)!.fill = '#123456';
    await clearAnnotations(host);
    expect(wb.sheet('Matrix')!.at(`J${rowOf(3)}`)!.fill).toBe('#123456');
    expect(wb.sheet('Matrix')!.at(`J${rowOf(9)}`)?.fill).toBeUndefined();
  });

  it('falls back to comments on ExcelApi 1.10 and to fills alone before that', async () => {
    for (const [minor, mode] of [
      [10, 'comment'],
      [8, 'none'],
    ] as const) {
      const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
      wb.apiMinor = minor;
      const host = fakeHost(wb);
      const { result } = await validate(wb);
      const done = await annotate(host, result.findings);
      expect(done.mode).toBe(mode);
      expect(wb.comments.size).toBe(mode === 'comment' ? done.cells : 0);
      await annotate(host, result.findings);
      expect(wb.comments.size).toBe(mode === 'comment' ? done.cells : 0);
      await clearAnnotations(host);
      expect(wb.comments.size).toBe(0);
      expect(wb.sheet('Matrix')!.at(`J${rowOf(3)}`)?.fill).toBeUndefined();
    }
  });
});

describe('dropdowns, enrichment, templates', () => {
  it('points list validation at a hidden Lists sheet', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
    const { read, result } = await validate(wb);
    const first = { Matrix: 1 };
    const last = { Matrix: read.grids[0].rows.length };
    const done = await applyDropdowns(fakeHost(wb), dropdownTargets(result.analysis, 'en', first, last));
    expect(done.columns).toBe(3);
    const lists = wb.sheet('Lists')!;
    expect(lists.visibility).toBe('Hidden');
    const sheet = wb.sheet('Matrix')!;
    const source = sheet.validation.get(`${rowOf(1) - 1},${HEADER.indexOf('Management response')}`)!.source;
    const m = /^=Lists!\$([A-Z]+)\$2:\$\1\$(\d+)$/.exec(source)!;
    expect(m).not.toBeNull();
    const values = Array.from({ length: Number(m[2]) - 1 }, (_, i) => lists.value(`${m[1]}${i + 2}`));
    expect(values).toEqual(['Accept', 'Partially accept', 'Not accept', 'n/a']);
    expect(sheet.validation.has(`${rowOf(1) - 1},0`)).toBe(false);
    // A paste wiped a cell's validation: applying again restores it and changes nothing else.
    sheet.validation.delete(`${rowOf(4) - 1},${HEADER.indexOf('Management response')}`);
    await applyDropdowns(fakeHost(wb), dropdownTargets(result.analysis, 'en', first, last));
    expect(sheet.validation.get(`${rowOf(4) - 1},${HEADER.indexOf('Management response')}`)!.source).toBe(source);
  });

  it('enriches twice to the same workbook and still validates the same', async () => {
    // The workbook names its evaluation's profile, as a coordinator's Settings sheet would: the pillars get names.
    const wb = new FakeWorkbook({
      Matrix: plantedMatrix(),
      Settings: [
        ['type', 'key'],
        ['profile', 'iom-2023'],
      ],
    });
    const host = fakeHost(wb);
    const run = async () => {
      const { read, result } = await validate(wb);
      await enrich(host, derivedWrites(result.analysis, read.grids), summaryValues(result.analysis, OPTIONS));
      return result.findings;
    };
    const findings = await run();
    const once = wb.sheets.map(snapshot);
    const names = wb.sheets.map((s) => s.name);
    const again = await run();
    expect(wb.sheets.map((s) => s.name)).toEqual(names);
    expect(wb.sheets.map(snapshot)).toEqual(once);
    expect(strip(again)).toEqual(strip(findings));
    const sheet = wb.sheet('Matrix')!;
    expect(sheet.value(`Q2`)).toBe(`${DERIVED_PREFIX}pillar_name`);
    expect(sheet.value(`Q${rowOf(1)}`)).toBe('Leadership and Organizational Culture');
    expect(sheet.at('Q2')!.fill).toBe(FILLS.derived);
    const summary = wb.sheet(SUMMARY_SHEET)!;
    const texts = [...summary.cells.values()].map((c) => c.value);
    expect(texts).toContain('management-response.acceptance');
  });

  it('inserts a blank template in EN, FR and ES that the core recognises', async () => {
    const wb = new FakeWorkbook({ Matrix: matrixRows(2) });
    const host = fakeHost(wb);
    for (const lang of ['en', 'fr', 'es'] as const) {
      const name = await insertTemplate(host, KINDS[0], lang);
      const sheet = wb.sheet(name)!;
      expect(sheet.value('A2')).toBe(KINDS[0].def.fields[0].label[lang]);
      expect(sheet.frozenRows).toBe(2);
      expect([...sheet.validation.values()].some((v) => v.source.startsWith('=Lists!'))).toBe(true);
    }
    await insertTemplate(host, KINDS[0], 'en');
    expect(wb.sheets.length).toBe(1 + 4 + 1);
    const { read } = await validate(wb);
    for (const grid of read.grids.filter((g) => g.name !== 'Matrix' && g.name !== 'Lists')) {
      const view = describeSheet(grid, 'en')!;
      expect(view.kind).toBe(KINDS[0].def.kind);
      expect(view.headerRows.at(-1)).toBe(2); // the core joins the title row above into a two-row header: [1, 2]
      expect(view.unrecognised).toEqual([]);
    }
  });
});

describe('fixes, selection, live check', () => {
  it('applies a fix to one cell or to every cell of a group, never over a changed value', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
    const host = fakeHost(wb);
    const sheet = wb.sheet('Matrix')!;
    const { result } = await validate(wb);
    const typo = result.findings.find((f) => f.rule === 'management-response.response-value')!;
    const all = fixAll(result.findings.filter((f) => f.rule === typo.rule));
    expect(all.map((f) => f.cell)).toEqual([`J${rowOf(3)}`, `J${rowOf(7)}`]);
    await wb.userEdit('Matrix', `J${rowOf(7)}`, [['Not accept']]);
    const done = await applyFixes(host, all);
    expect(done.applied.map((f) => f.cell)).toEqual([`J${rowOf(3)}`]);
    expect(sheet.value(`J${rowOf(3)}`)).toBe('Accept');
    expect(sheet.value(`J${rowOf(7)}`)).toBe('Not accept');
    await applyFixes(host, normalisations(result.findings));
    expect(sheet.value(`J${rowOf(5)}`)).toBe('Accept');
    expect(sheet.value(`M${rowOf(11)}`)).toBe('completed');
    const after = await validate(wb);
    const rules = after.result.findings.map((f) => f.rule);
    expect(rules).toContain('management-response.status-value');
    expect(rules).not.toContain('cell.value-normalised');
    expect(after.result.findings.filter((f) => f.rule === 'management-response.response-value')).toEqual([]);
    await selectCell(host, 'Matrix', `M${rowOf(9)}`);
    expect(wb.selection).toEqual({ sheet: 'Matrix', address: `M${rowOf(9)}` });
  });

  it('hears the user’s edits and ignores the pane’s own writes', async () => {
    for (const minor of [18, 8]) {
      const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
      wb.apiMinor = minor;
      const host = fakeHost(wb);
      const own = new OwnWrites();
      const heard: string[] = [];
      const live = await watchSheets(host, ['Matrix'], own, (c) => heard.push(c.address));
      await own.around(() =>
        applyFixes(host, [{ sheet: 'Matrix', cell: `J${rowOf(3)}`, expected: 'Acept', value: 'Accept' }]),
      );
      await wb.userEdit('Matrix', `J${rowOf(4)}`, [['Accept']]);
      if (minor >= 14) expect(heard).toEqual([`J${rowOf(4)}`]);
      else expect(heard).toEqual([]); // before 1.14, edits inside the guard window are taken as the pane's
      await live.stop();
      await wb.userEdit('Matrix', `J${rowOf(6)}`, [['Accept']]);
      expect(heard.length).toBeLessThanOrEqual(1);
    }
  });
});

describe('round trips per operation', () => {
  it('stays within a small, fixed number of context.sync calls on a 62-recommendation matrix', async () => {
    const wb = new FakeWorkbook({ Matrix: plantedMatrix() });
    const host = fakeHost(wb);
    const count = async (op: () => Promise<unknown>) => {
      const before = wb.syncs;
      await op();
      return wb.syncs - before;
    };
    let state = await validate(wb);
    const syncs = {
      read: await count(async () => {
        state = await validate(wb);
      }),
      annotate: await count(() => annotate(host, state.result.findings)),
      reannotate: await count(() => annotate(host, state.result.findings)),
      clear: await count(() => clearAnnotations(host)),
      select: await count(() => selectCell(host, 'Matrix', 'A1')),
      fix: await count(() => applyFixes(host, normalisations(state.result.findings))),
      dropdowns: await count(() =>
        applyDropdowns(host, dropdownTargets(state.result.analysis, 'en', { Matrix: 1 }, { Matrix: 64 })),
      ),
      enrich: await count(() =>
        enrich(
          host,
          derivedWrites(state.result.analysis, state.read.grids),
          summaryValues(state.result.analysis, OPTIONS),
        ),
      ),
    };
    expect(syncs).toEqual({
      read: 3,
      annotate: 3,
      reannotate: 3,
      clear: 3,
      select: 1,
      fix: 2,
      dropdowns: 3,
      enrich: 3,
    });
  });
});
