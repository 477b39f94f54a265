/**
 * Issue 18: an agency typo is counted under the agency it suggests, marked, never as an agency of its own, and the
 * heat map has no blank cell for a standard reported under the typo. The mapping was written by openpyxl
 * (test/fixtures/make-mapping-typo.py): UNICEF reports MOS 1–3, and its MOS 4 row is typed "UNIFEC".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { launchChromium, skipBrowserTests } from '../support/chromium.js';
import type { DashboardData, HeatmapChart, Section } from '../../pipeline/dashboard/model.js';
import { psea } from '../cli-run.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/mapping-typo.xlsx');
const STANDARDS = ['MOS-1', 'MOS-2', 'MOS-3', 'MOS-4'];

interface Run {
  out: string;
  tables: { mapping: Record<string, unknown> };
  dashboard: DashboardData;
  workbook: ExcelJS.Workbook;
}

async function consolidate(lang: string): Promise<Run> {
  const out = await mkdtemp(join(tmpdir(), `psea-typo-${lang}-`));
  const { code, stderr } = await psea('consolidate', FIXTURE, '--out', out, '--lang', lang, '--quiet');
  expect(code, stderr).toBe(0);
  const html = await readFile(join(out, 'dashboard.html'), 'utf8');
  const json = /<script type="application\/json" id="psea-data">([\s\S]*?)<\/script>/.exec(html)![1];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
  return {
    out,
    tables: JSON.parse(await readFile(join(out, 'tables.json'), 'utf8')) as Run['tables'],
    dashboard: JSON.parse(json) as DashboardData,
    workbook,
  };
}

const coverage = (run: Run): Section => run.dashboard.sections.find((s) => s.id === 'coverage')!;
const sheetRows = (ws: ExcelJS.Worksheet) =>
  ws.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((v) => (v ?? null) as unknown)] : []));

let en: Run;
let fr: Run;
beforeAll(async () => {
  [en, fr] = await Promise.all([consolidate('en'), consolidate('fr')]);
}, 120_000);

describe('an agency typo in a mapping written by openpyxl', () => {
  it('counts in tables.json under the agency it suggests, with no agency of its own, and the spelling names it', () => {
    const { coverage: table, agency_spellings } = en.tables.mapping as {
      coverage: Record<string, Record<string, string>>;
      agency_spellings: Record<string, unknown>[];
    };
    expect(Object.keys(table)).toEqual(['UNICEF', 'UNHCR']);
    expect(table.UNICEF['MOS-4']).toBe('In progress');
    expect(agency_spellings).toEqual([
      expect.objectContaining({
        written: 'UNIFEC',
        counted_as: 'UNICEF',
        reading: 'typo',
        rows: 1,
        standards: 'MOS-4',
      }),
    ]);
  });

  it('the heat map: a row per agency, no UNIFEC, no blank cell, and the cell reported under the typo marked', () => {
    const chart = coverage(en).chart as HeatmapChart;
    expect(chart.y).toEqual(['UNICEF', 'UNHCR']);
    expect(chart.x).toEqual(STANDARDS);
    const filled = new Set(chart.cells.map(([x, y]) => `${chart.x[x]}|${chart.y[y]}`));
    for (const agency of chart.y)
      for (const standard of chart.x) expect(filled, standard).toContain(`${standard}|${agency}`);
    const level = (x: string, y: string) =>
      chart.levels[chart.cells.find((c) => chart.x[c[0]] === x && chart.y[c[1]] === y)![2]].name;
    expect(level('MOS-4', 'UNICEF')).toBe('In progress');
    expect(chart.marks).toEqual([{ x: 3, y: 0, note: expect.stringContaining('UNIFEC') }]);
  });

  it('the coverage table lists the typo’s standard under UNICEF, marked, linked to its row', () => {
    const table = coverage(en).tables[0];
    const agencies = new Set(table.rows.map((r) => r.cells[0]));
    expect([...agencies]).toEqual(['UNICEF', 'UNHCR']);
    const written = table.columns.findIndex((c) => c.label === 'Written');
    expect(written).toBeGreaterThan(0);
    const marked = table.rows.filter((r) => r.cells[written]);
    expect(marked.map((r) => r.cells.slice(0, 3))).toEqual([['UNICEF', 'MOS-4', 'In progress']]);
    expect(marked[0].cells[written]).toMatch(/UNIFEC.*typo/);
    expect(marked[0].source).toMatch(/mapping-typo\.xlsx › Mapping › rows? 10$/);
    expect(coverage(en).read).toMatch(/marked/);
  });

  it('in French the mark and the reading line are French', () => {
    const chart = coverage(fr).chart as HeatmapChart;
    expect(chart.marks?.[0].note).toMatch(/UNIFEC.*faute de frappe/);
    expect(coverage(fr).read).toMatch(/marquée/);
  });

  it('consolidated.xlsx: no UNIFEC row and no blank cell in coverage, the standard on the spellings sheet', () => {
    const cover = sheetRows(en.workbook.getWorksheet('mapping.coverage')!);
    expect(cover.map((r) => r[0])).toEqual(['key', 'UNICEF', 'UNHCR']);
    for (const row of cover)
      expect(
        row.slice(0, 5).every((v) => v !== null && v !== ''),
        String(row[0]),
      ).toBe(true);
    const spellings = sheetRows(en.workbook.getWorksheet('mapping.agency_spellings')!);
    const header = spellings[0] as string[];
    expect(spellings.slice(1).map((r) => [r[header.indexOf('written')], r[header.indexOf('standards')]])).toEqual([
      ['UNIFEC', 'MOS-4'],
    ]);
  });

  it.skipIf(skipBrowserTests())(
    'the page draws the mark on that one cell of the heat map',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(pathToFileURL(join(en.out, 'dashboard.html')).href);
        await page.waitForFunction(() => (window as unknown as { __pseaReady?: boolean }).__pseaReady === true);
        const texts = await page.$$eval('#coverage .chart svg text', (ts) => ts.map((t) => t.textContent));
        expect(texts.filter((t) => t === '*')).toHaveLength(1);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
