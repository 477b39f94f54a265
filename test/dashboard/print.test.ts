/**
 * Issue 18: dashboard.html prints on A4 landscape without an empty first page (19 pages before, the first one
 * holding only the header), tables fit the width and repeat their header on each page, charts keep their legends.
 * Printed by headless Chromium (page.pdf) from the bundled examples; the pages read back with pdftotext.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { psea } from '../cli-run.js';
import { launchChromium, skipBrowserTests } from '../support/chromium.js';
import type { DashboardData } from '../../pipeline/dashboard/model.js';

const skip = skipBrowserTests();
const out = mkdtempSync(join(tmpdir(), 'psea-print-'));
let browser: Browser;

beforeAll(async () => {
  if (skip) return;
  for (const lang of ['en', 'fr']) {
    const run = await psea(
      'consolidate',
      'examples',
      '--out',
      join(out, lang),
      '--lang',
      lang,
      '--quiet',
      '--report-only',
    );
    expect(run.code, run.stderr).toBe(0);
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (!process.env.PSEA_KEEP_PRINT) rmSync(out, { recursive: true, force: true });
});

/** A4 landscape less the page's 10 mm margins, in CSS pixels. */
const PRINT_WIDTH = Math.floor(((297 - 20) / 25.4) * 96);

async function printed(lang: string): Promise<{ pages: string[]; data: DashboardData; pdf: Buffer }> {
  const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 700 } });
  await page.goto(`file://${join(out, lang, 'dashboard.html')}`);
  await page.waitForFunction(() => (globalThis as { __pseaReady?: boolean }).__pseaReady === true);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  const file = join(out, lang, 'dashboard.pdf');
  execFileSync('bash', ['-c', 'cat > "$1"', '_', file], { input: pdf });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const html = readFileSync(join(out, lang, 'dashboard.html'), 'utf8');
  const json = /<script type="application\/json" id="psea-data">([\s\S]*?)<\/script>/.exec(html)![1];
  return { pages: text.split('\f').filter((p) => p.trim()), data: JSON.parse(json) as DashboardData, pdf };
}

const firstLine = (page: string) =>
  page
    .split('\n')
    .find((l) => l.trim())!
    .trim();

describe.skipIf(skip).each(['en', 'fr'])('the dashboard printed (%s)', (lang) => {
  it('is A4 landscape, fewer pages than sections and a half, and its first page holds the first section', async () => {
    const { pages, data, pdf } = await printed(lang);
    // Each section printed on a page of its own, after a page for the header alone, made 19 pages of 9 sections
    // (issue 18); sections now follow one another: fewer pages than one and a half per section.
    const sections = data.sections.filter((s) => !s.empty).length;
    expect(pages.length).toBeLessThan(sections * 1.5 + 1);
    const landscape = /\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/.test(pdf.toString('latin1'));
    expect(landscape, 'every page 297 × 210 mm').toBe(true);
    const first = data.sections.find((s) => !s.empty)!;
    expect(pages[0]).toContain(data.strings.title);
    expect(pages[0]).toContain(first.title);
  });

  it('starts each page with a title or a table header: long tables repeat their header', async () => {
    const { pages, data } = await printed(lang);
    const starts = new Set<string>([data.strings.title]);
    for (const s of data.sections) {
      starts.add(s.title);
      for (const t of s.tables) {
        if (t.caption) starts.add(t.caption);
        if (t.columns[0]) starts.add(t.columns[0].label);
      }
    }
    // A section's note longer than a page (the standards sets each file was checked against) goes on over it.
    const notes = data.sections.flatMap((s) => (s.note ? [s.note.replace(/\s+/g, ' ')] : []));
    for (const [i, page] of pages.entries()) {
      const line = firstLine(page);
      const inNote = notes.some((n) => n.includes(line.replace(/\s+/g, ' ').slice(0, 30)));
      expect([...starts].some((s) => line.startsWith(s)) || inNote, `page ${i + 1} starts with "${line}"`).toBe(true);
    }
  });

  it('fits the width of the page and keeps every legend entry of every chart', async () => {
    const page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 700 } });
    await page.goto(`file://${join(out, lang, 'dashboard.html')}`);
    await page.waitForFunction(() => (globalThis as { __pseaReady?: boolean }).__pseaReady === true);
    await page.emulateMedia({ media: 'print' });
    const { width, legends } = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('psea-data')!.textContent!) as DashboardData;
      const missing: string[] = [];
      for (const section of data.sections) {
        const chart = section.chart;
        if (!chart || section.empty) continue;
        const text = document.querySelector(`section#${CSS.escape(section.id)} .chart svg`)?.textContent ?? '';
        const names = chart.type === 'bar' ? chart.series.map((s) => s.name) : chart.levels.map((l) => l.name);
        for (const name of names) if (!text.includes(name)) missing.push(`${section.id}: ${name}`);
      }
      return { width: document.documentElement.scrollWidth, legends: missing };
    });
    await page.close();
    expect(width).toBeLessThanOrEqual(PRINT_WIDTH + 1);
    expect(legends).toEqual([]);
  });
});
