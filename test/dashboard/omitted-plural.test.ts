/**
 * The line under a table cut at MAX_TABLE_ROWS counts the rows left out with a real plural, in the page's language:
 * "1 more row is not shown", never "1 more rows" (issue 18). The text is filled in by the page's own script, so the
 * test reads it in Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../templates/index.js';
import { buildDashboardData, MAX_TABLE_ROWS } from '../../pipeline/dashboard/build.js';
import { dashboardHtml } from '../../pipeline/dashboard/page.js';
import { launchChromium, skipBrowserTests } from '../support/chromium.js';
import { fixtureReport } from './fixtures.js';

const empty = { read: 0, consolidated: 0, setAside: {} };

/** A coverage table of one agency and `rows` standards: rows − MAX_TABLE_ROWS are left out. */
function page(rows: number, lang: Lang): string {
  const coverage = { UNICEF: Object.fromEntries(Array.from({ length: rows }, (_, s) => [`MOS-${s}`, 'In place'])) };
  const kinds = [{ kind: 'mapping', records: [], tables: { coverage } }];
  return dashboardHtml(
    buildDashboardData(
      { kinds, report: fixtureReport([], empty, 1, lang) },
      { lang, version: 't', date: '2026-12-01' },
    ),
  );
}

describe('rows left out of a long table', () => {
  it.skipIf(skipBrowserTests())(
    'are counted with a singular for one and a plural for two, in EN, FR and ES',
    async () => {
      const browser = await launchChromium();
      try {
        const said: string[] = [];
        for (const [lang, extra] of [
          ['en', 1],
          ['en', 2],
          ['fr', 1],
          ['fr', 2],
          ['es', 1],
          ['es', 2],
        ] as const) {
          const tab = await browser.newPage();
          await tab.setContent(page(MAX_TABLE_ROWS + extra, lang));
          await tab.waitForFunction(() => (window as unknown as { __pseaReady?: boolean }).__pseaReady === true);
          said.push((await tab.textContent('#coverage .omitted')) ?? '');
          await tab.close();
        }
        expect(said[0]).toMatch(/^1 more row is not shown/);
        expect(said[1]).toMatch(/^2 more rows are not shown/);
        expect(said[2]).toMatch(/^1 ligne de plus n’est pas affichée/);
        expect(said[3]).toMatch(/^2 lignes de plus ne sont pas affichées/);
        expect(said[4]).toMatch(/^1 fila más no se muestra/);
        expect(said[5]).toMatch(/^2 filas más no se muestran/);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
