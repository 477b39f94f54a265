/**
 * Opens dashboard.html from disk in Chromium: every chart drew an SVG with marks, nothing was logged as an
 * error, nothing left file://, and script planted in workbook cells stayed text. Screenshots in test-output/.
 */
import { psea } from '../cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { HEADER, matrixRow } from '../helpers.js';
import { launchChromium, skipBrowserTests } from '../support/chromium.js';
import { consolidate } from '../../pipeline/consolidate.js';
import { buildDashboardData } from '../../pipeline/dashboard/build.js';
import { dashboardHtml } from '../../pipeline/dashboard/page.js';
import { diffRounds } from '../../templates/core/diff.js';
import { FIXTURE_KINDS, PAYLOAD_AGENCY, fixtureReport } from './fixtures.js';

const EXAMPLE = join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx');
const EXAMPLES = join(process.cwd(), 'examples');
const SHOTS = join(process.cwd(), 'test-output');
const SHEET_PAYLOAD = '<img src=x onerror=__pwned=1>';
const UNIT_PAYLOAD = '<svg onload=__pwned=2>';

/** A matrix whose sheet name, unit and criterion cells carry markup that must never run. */
async function hostileWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_PAYLOAD);
  ws.addRow(HEADER);
  ws.addRow(
    matrixRow({ 'Responsible unit(s)': UNIT_PAYLOAD, Recommendation: '</script><script>window.__pwned=4</script>' }),
  );
  ws.addRow(
    matrixRow({
      'Rec #': 2,
      'Evaluation criterion': '<img src=x onerror="window.__pwned=5">',
      'Status (Time 2)': 'Completed',
    }),
  );
  await wb.xlsx.writeFile(path);
}

interface Visit {
  errors: string[];
  requests: string[];
  page: Page;
}

async function visit(browser: Browser, file: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { __pseaReady?: boolean }).__pseaReady === true, null, {
    timeout: 15_000,
  });
  return { errors, requests, page };
}

/** Marks per chart: zrender's SVG renderer draws bars and heat-map cells as <path>. */
const marksPerChart = (page: Page) =>
  page.$$eval('section .chart', (charts) =>
    charts.map((c) => ({
      id: c.closest('section')!.id,
      svg: c.querySelectorAll('svg').length,
      marks: c.querySelectorAll('svg path').length,
    })),
  );

const skip = skipBrowserTests();
let dir: string;
let browser: Browser;

beforeAll(async () => {
  if (skip) return;
  dir = await mkdtemp(join(tmpdir(), 'psea-dash-'));
  await mkdir(SHOTS, { recursive: true });
  await hostileWorkbook(join(dir, 'hostile.xlsx'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(skip)('dashboard.html in Chromium', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`renders every chart from the CLI's output (${lang}), offline, with planted markup inert`, async () => {
      const out = join(dir, `out-${lang}`);
      await psea(
        'consolidate',
        EXAMPLES,
        join(dir, 'hostile.xlsx'),
        '--out',
        out,
        '--lang',
        lang,
        '--report-only',
        '--quiet',
      );
      const html = await readFile(join(out, 'dashboard.html'), 'utf8');
      expect(html).not.toContain(SHEET_PAYLOAD); // the data block escapes every "<"
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/[a-z0-9.-]+\/[^"']*\.(js|css|woff2?)/i);
      const { errors, requests, page } = await visit(browser, join(out, 'dashboard.html'));
      const charts = await marksPerChart(page);
      // The example and the hostile workbook are two evaluations: the second's sections end in -e2.
      const matrix = [
        'acceptance',
        'pillar_by_response',
        'by_criterion',
        'status_by_pillar',
        'status_by_unit',
        'key_actions_by_status',
        'key_actions_by_unit',
      ];
      expect(charts.map((c) => c.id)).toEqual([
        ...matrix,
        ...matrix.map((id) => `${id}-e2`),
        'coverage',
        'in_place_by_area',
        'workplan',
        'focal_points',
        'partner_risk',
        'partner_agencies',
        'findings',
      ]);
      for (const chart of charts) expect(chart.svg, chart.id).toBeGreaterThan(0);
      for (const chart of charts) expect(chart.marks, chart.id).toBeGreaterThan(3);
      expect(await page.$$eval('section > .empty', (n) => n.length)).toBe(0);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await page.$$eval('img', (n) => n.length)).toBe(0);
      const text = await page.textContent('#psea-root');
      expect(text).toContain(SHEET_PAYLOAD); // shown as text in the sources
      expect(text).toContain(UNIT_PAYLOAD);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(
        lang === 'fr' ? 'Tableau de bord PSEA consolidé' : 'PSEA consolidated dashboard',
      );
      await page.screenshot({ path: join(SHOTS, `dashboard-${lang}.png`), fullPage: true });
      await page.close();
    });
  }

  it(
    'says "no data" for absent kinds, sorts a table on a header click and formats numbers in ' + 'the page language',
    async () => {
      const out = join(dir, 'out-matrix-fr');
      await psea('consolidate', EXAMPLE, '--out', out, '--lang', 'fr', '--report-only', '--quiet');
      const { page, errors } = await visit(browser, join(out, 'dashboard.html'));
      expect(await page.$$eval('section > .empty', (n) => n.map((e) => e.closest('section')!.id))).toEqual([
        'coverage',
        'in_place_by_area',
        'workplan',
        'focal_points',
        'partner_risk',
        'partner_agencies',
      ]);
      expect(await page.textContent('#workplan .empty')).toBe('Aucune donnée de ce type dans les fichiers.');
      expect(errors).toEqual([]);
      const firstColumn = () =>
        page.$$eval('#by_criterion tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
      const before = await firstColumn();
      await page.click('#by_criterion th:nth-child(2)'); // ascending
      const after = await firstColumn();
      expect(after).toEqual([...before].reverse().sort((a, b) => Number(a) - Number(b)));
      expect(await page.getAttribute('#by_criterion th:nth-child(2)', 'aria-sort')).toBe('ascending');
      const rate = await page.$$eval('#status_by_pillar tbody tr td', (tds) =>
        tds.map((td) => td.textContent).find((t) => t?.includes('%')),
      );
      expect(rate).toMatch(/^\d+(,\d)?\s%$/); // French: decimal comma, space before %
      await page.close();
    },
  );

  it(
    'draws the mapping heat map, the share in place, the workplan with its overdue list and ' + 'the round changes',
    async () => {
      const result = await consolidate([EXAMPLE], { lang: 'en', asOf: '2026-11-23' });
      const previous = {
        mapping: FIXTURE_KINDS[0].records.map((r) => ({ ...r, values: { ...r.values, status: 'Not in place' } })),
      };
      const diff = diffRounds(previous, { mapping: FIXTURE_KINDS[0].records });
      const data = buildDashboardData(
        {
          kinds: [...result.kinds, ...FIXTURE_KINDS],
          report: fixtureReport(result.findings, result.accounting, 4, 'es'),
          diff,
        },
        { lang: 'es', version: 'test', date: '2026-11-23' },
      );
      const file = join(dir, 'all-kinds.html');
      await writeFile(file, dashboardHtml(data));
      const { errors, requests, page } = await visit(browser, file);
      const charts = await marksPerChart(page);
      expect(charts.map((c) => c.id)).toEqual([
        'transitions',
        'acceptance',
        'pillar_by_response',
        'by_criterion',
        'status_by_pillar',
        'status_by_unit',
        'key_actions_by_status',
        'key_actions_by_unit',
        'coverage',
        'in_place_by_area',
        'workplan',
        'findings',
      ]);
      for (const chart of charts) expect(chart.marks, chart.id).toBeGreaterThan(0);
      expect(
        await page.$$eval('#coverage table', (ts) => ts.map((t) => (t as HTMLTableElement).tBodies[0].rows.length)),
      ).toEqual([5, 1, 1]); // coverage, gaps, good practice
      expect(await page.textContent('#workplan')).toContain('workplan.xlsx › Workplan › 4');
      expect(await page.textContent('#transitions')).toContain('Not in place');
      expect(await page.textContent('#coverage')).toContain(PAYLOAD_AGENCY);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'dashboard-all-kinds-es.png'), fullPage: true });
      await page.close();
    },
  );
});
