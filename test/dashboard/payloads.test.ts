/**
 * No script in the dashboard: script and markup payloads planted in every field of every kind, in sheet names
 * and in the file name, consolidated by the CLI and opened in Chromium. Nothing runs (each payload would set
 * window.__pwned), no element comes from a payload, nothing is logged, and the text shows literally.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { psea } from '../cli-run.js';
import { launchChromium, skipBrowserTests } from '../support/chromium.js';
import { SCRIPT_PAYLOADS, writePayloadWorkbook } from '../bad/safe-fixtures.js';

const FILE_PAYLOAD = '<img src=x onerror=window.__pwned=9>.xlsx';

const skip = skipBrowserTests();
let browser: Browser;
let out: string;

beforeAll(async () => {
  if (skip) return;
  const dir = await mkdtemp(join(tmpdir(), 'psea-dash-xss-'));
  await writePayloadWorkbook(join(dir, FILE_PAYLOAD), SCRIPT_PAYLOADS);
  out = join(dir, 'out');
  const run = await psea('consolidate', join(dir, FILE_PAYLOAD), '--out', out, '--report-only', '--quiet');
  expect(run.code).toBe(0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(skip)('dashboard.html with payloads in every field', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`runs none of them and shows them as text (${lang})`, async () => {
      const file = lang === 'en' ? join(out, 'dashboard.html') : join(out, '..', 'out-es', 'dashboard.html');
      if (lang === 'es')
        await psea(
          'consolidate',
          join(out, '..', FILE_PAYLOAD),
          '--out',
          join(out, '..', 'out-es'),
          '--lang',
          'es',
          '--report-only',
          '--quiet',
        );
      const html = await readFile(file, 'utf8');
      for (const p of SCRIPT_PAYLOADS.filter((x) => x.includes('<'))) expect(html).not.toContain(p);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => (window as unknown as { __pseaReady?: boolean }).__pseaReady === true, null, {
        timeout: 15_000,
      });
      // Let any deferred handler (onerror, onload) have its turn.
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(
        await page.evaluate(() => ({
          scripts: document.scripts.length,
          foreign: document.querySelectorAll('img, iframe, object, embed, a[href], [onerror], [onload], [srcdoc]')
            .length,
          svgOutsideCharts: [...document.querySelectorAll('svg')].filter((s) => !s.closest('.chart')).length,
        })),
      ).toEqual({ scripts: 3, foreign: 0, svgOutsideCharts: 0 });
      expect(problems).toEqual([]);
      const text = (await page.textContent('#psea-root')) ?? '';
      for (const p of SCRIPT_PAYLOADS) expect(text, p).toContain(p);
      expect(text).toContain(FILE_PAYLOAD);
      await page.close();
    });
  }
});
