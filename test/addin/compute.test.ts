import { describe, expect, it } from 'vitest';
import {
  analyseGrids,
  describeSheet,
  filterFindings,
  fixOne,
  fixAll,
  normalisations,
  patchGrid,
  rowsOfAddress,
  translate,
} from '../../addin/src/compute.js';
import { planBlocks, groupBlocks, blockAddress } from '../../addin/src/excel/read.js';
import { annotationsFor } from '../../addin/src/excel/annotate.js';
import { listsLayout, listSource, listsValues } from '../../addin/src/excel/lists.js';
import { freeSheetName } from '../../addin/src/excel/own-sheets.js';
import { isOwnChange, OwnWrites } from '../../addin/src/excel/live.js';
import { langOf, t, UI } from '../../addin/src/i18n.js';
import { HEADER } from '../helpers.js';
import { matrixRows, plantedMatrix, rowOf } from './fixtures.js';

const findings = () =>
  analyseGrids('m.xlsx', [{ name: 'Matrix', rows: plantedMatrix() }], { lang: 'en', asOf: '2026-11-23' }).findings;

describe('pane computations', () => {
  it('filters findings by severity and field', () => {
    expect(filterFindings(findings(), { severity: 'error' }).length).toBe(3);
    expect(filterFindings(findings(), { severity: 'info' }).every((f) => f.severity === 'info')).toBe(true);
    expect(
      filterFindings(findings(), { field: 'status_t2' })
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['cell.value-normalised', 'management-response.status-value']);
  });

  it('plans fixes: one cell, every cell with the same value, aliases; nothing without a suggestion', () => {
    const all = findings();
    const typo = all.find((f) => f.rule === 'management-response.response-value')!;
    expect(fixOne(typo)).toEqual([{ sheet: 'Matrix', cell: `J${rowOf(3)}`, expected: 'Acept', value: 'Accept' }]);
    expect(fixAll(all.filter((f) => f.rule === typo.rule)).map((f) => f.cell)).toEqual([
      `J${rowOf(3)}`,
      `J${rowOf(7)}`,
    ]);
    expect(fixOne(all.find((f) => f.rule === 'management-response.status-value')!)).toEqual([]);
    expect(normalisations(all).map((f) => [f.cell, f.value])).toEqual([
      [`J${rowOf(5)}`, 'Accept'],
      [`M${rowOf(11)}`, 'completed'],
    ]);
  });

  it('describes what it recognised on a sheet', () => {
    // No title row: the core carries a title above the header into every column's name (noted for the core's owner).
    const rows = matrixRows(3)
      .slice(1)
      .map((r, i) => [...r, i === 0 ? 'Budget' : 100]);
    const view = describeSheet({ name: 'Matrix', rows, firstRow: 5 }, 'fr')!;
    expect(view.kind).toBe('management-response');
    expect(view.headerRows).toEqual([5]);
    expect(view.mapped[9]).toEqual({
      letter: 'J',
      header: 'Management response',
      field: 'response',
      fieldLabel: 'Réponse de la direction',
    });
    expect(view.mapped.length).toBe(HEADER.length);
    expect(view.unrecognised).toEqual([{ letter: 'Q', header: 'Budget' }]);
    expect(describeSheet({ name: 'x', rows: [['a', 'b']] }, 'en')).toBeUndefined();
  });

  it('re-renders findings in another language', () => {
    const fr = translate(findings(), 'fr');
    expect(fr[0].message).not.toBe(findings()[0].message);
    expect(fr.map((f) => f.rule)).toEqual(findings().map((f) => f.rule));
  });

  it('computes on N rows without Excel', () => {
    expect(findings().length).toBe(5);
  });

  it('reads addresses and patches changed rows', () => {
    expect(rowsOfAddress("'My sheet'!B5:D9")).toEqual({ from: 5, to: 9 });
    expect(rowsOfAddress('J7')).toEqual({ from: 7, to: 7 });
    const grid = { name: 's', rows: [['a'], ['b'], ['c']], firstRow: 3 };
    expect(patchGrid(grid, 4, [['B']]).rows).toEqual([['a'], ['B'], ['c']]);
    expect(grid.rows[1]).toEqual(['b']);
    // The live check's rows come with their date-formatted cells: a date typed into row 2 is one, row 1's no more.
    const dated = { name: 's', rows: [[46349], [1]], dateCells: [[0]] };
    expect(patchGrid(dated, 1, [[5], [46350]], [undefined, [0]]).dateCells).toEqual([undefined, [0]]);
  });
});

describe('adapter planning', () => {
  it('cuts blocks by rows and by estimated bytes', () => {
    const blocks = planBlocks([{ sheet: 's', rowIndex: 0, columnIndex: 0, rowCount: 12_000, columnCount: 2 }], 10);
    expect(blocks.map((b) => b.rowCount)).toEqual([5000, 5000, 2000]);
    const wide = planBlocks(
      [{ sheet: 's', rowIndex: 0, columnIndex: 0, rowCount: 12_000, columnCount: 100 }],
      100,
      1_000_000,
    );
    expect(Math.max(...wide.map((b) => b.rowCount * 100 * 100))).toBeLessThanOrEqual(1_000_000);
    expect(groupBlocks(blocks, 10, 150_000).map((g) => g.length)).toEqual([1, 2]);
    expect(blockAddress({ rowIndex: 4, rowCount: 2, columnIndex: 2, columnCount: 3 })).toBe('C5:E6');
  });

  it('merges findings of one cell into one annotation, most severe colour', () => {
    const marks = annotationsFor([
      { rule: 'a', severity: 'info', message: 'first', params: {}, file: 'f', sheet: 'S', cell: 'B2' },
      { rule: 'b', severity: 'error', message: 'second', params: {}, file: 'f', sheet: 'S', cell: 'B2' },
      { rule: 'c', severity: 'warning', message: 'no cell', params: {}, file: 'f', sheet: 'S' },
    ]);
    expect(marks).toEqual([{ sheet: 'S', cell: 'B2', severity: 'error', text: 'psea: [info] first\n[error] second' }]);
  });

  it('lays out every list of every kind in every language on the Lists sheet', () => {
    const layout = listsLayout();
    expect(new Set(layout.map((l) => l.lang))).toEqual(new Set(['en', 'fr', 'es']));
    expect(listSource(layout[0])).toBe(`=Lists!$A$2:$A$${layout[0].values.length + 1}`);
    expect(listsValues(layout)[0].length).toBe(layout.length + 1); // and the mark that tells the sheet as ours
  });

  it('names new sheets without clashing, within 31 characters', () => {
    expect(freeSheetName('Matrix', ['matrix', 'Matrix (2)'])).toBe('Matrix (3)');
    expect(freeSheetName('x'.repeat(31), ['x'.repeat(31)]).length).toBe(31);
  });

  it('tells the pane’s own changes from the user’s', async () => {
    let now = 0;
    const own = new OwnWrites(1000, () => now);
    expect(isOwnChange({ triggerSource: 'ThisLocalAddin' }, own)).toBe(true);
    expect(isOwnChange({ triggerSource: 'Unknown' }, own)).toBe(false);
    expect(isOwnChange({} as { triggerSource: 'Unknown' }, own)).toBe(false);
    await own.around(async () => {
      expect(isOwnChange({} as { triggerSource: 'Unknown' }, own)).toBe(true);
    });
    expect(isOwnChange({} as { triggerSource: 'Unknown' }, own)).toBe(true); // grace period after the write
    now = 5000;
    expect(isOwnChange({} as { triggerSource: 'Unknown' }, own)).toBe(false);
  });

  it('has every UI string in EN, FR and ES with the same placeholders and follows the display language', () => {
    expect(Object.keys(UI.fr)).toEqual(Object.keys(UI.en));
    expect(Object.keys(UI.es)).toEqual(Object.keys(UI.en));
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of Object.entries(UI.en))
      for (const lang of ['fr', 'es'] as const)
        expect(placeholders(UI[lang][key as keyof typeof UI.en]), `${lang}.${key}`).toEqual(placeholders(en));
    expect(langOf('fr-FR')).toBe('fr');
    expect(langOf('es-MX')).toBe('es');
    expect(langOf('de-DE')).toBe('en');
    expect(t('fr', 'validated', { rows: 3, error: 1, warning: 0, info: 2 })).toContain('3 lignes');
  });
});
