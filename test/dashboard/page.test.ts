/** The page builder without a browser: escaping, self-containment, sources, and the Chromium skip rule. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { dashboardHtml, jsonForScript, scriptSafe } from '../../pipeline/dashboard/page.js';
import { buildDashboardData, MAX_TABLE_ROWS } from '../../pipeline/dashboard/build.js';
import { describeSources, rowRanges } from '../../pipeline/dashboard/model.js';
import { progressFor } from '../../pipeline/progress.js';
import { skipBrowserTests } from '../support/chromium.js';
import { FIXTURE_KINDS, fixtureReport } from './fixtures.js';

const empty = { read: 0, consolidated: 0, setAside: {} };

describe('dashboard page', () => {
  it('escapes every "<" in the embedded data so no cell can close the script block', () => {
    const text = jsonForScript({ cell: '</script><script>alert(1)</script><!--' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).cell).toBe('</script><script>alert(1)</script><!--');
    expect(scriptSafe('a = "</SCRIPT>"; b = "<!--"')).toBe('a = "<\\/SCRIPT>"; b = "<\\!--"');
  });

  it('is one file: no external script, style, font or URL, and a CSP that allows only its own two scripts', () => {
    const html = dashboardHtml(
      buildDashboardData(
        { kinds: FIXTURE_KINDS, report: fixtureReport([], empty, 3, 'fr') },
        { lang: 'fr', version: 't', date: '2026-11-23' },
      ),
    );
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link\b|@import|url\(\s*['"]?https?:/i);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    for (const code of scripts) expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    expect(html).toContain('<html lang="fr">');
  });

  it('shows "no data" for kinds that are absent and names the source rows of each table row', () => {
    const data = buildDashboardData(
      { kinds: FIXTURE_KINDS, report: fixtureReport([], empty, 3, 'en') },
      { lang: 'en', version: 't', date: 'd' },
    );
    const byId = Object.fromEntries(data.sections.map((s) => [s.id, s]));
    expect(byId.acceptance.empty).toBe(true);
    expect(byId.findings.empty).toBe(true);
    expect(byId.coverage.empty).toBeUndefined();
    expect(byId.coverage.tables[0].rows[0]).toEqual({
      cells: ['UNICEF', 'S1 Policy', 'In place'],
      source: 'mapping-unicef.xlsx › Mapping › rows 4',
    });
    expect(byId.coverage.tables[1].rows[0]).toEqual({
      cells: ['UNHCR', 'S1 Policy', 'No policy', 'Draft one', '2026-12-31'],
      source: 'mapping-unhcr.xlsx › Mapping › 4',
    });
    expect(byId.coverage.tables[2].rows[0].cells[2]).toBe('Annual refresher');
    expect(byId.in_place_by_area.tables[0].rows[0].source).toBe(
      'mapping-unicef.xlsx › Mapping › rows 4; mapping-unhcr.xlsx › Mapping › rows 4; mapping-x.xlsx › Mapping › ' +
        'rows 4',
    );
  });

  it('compresses source rows into ranges', () => {
    expect(rowRanges([9, 7, 8, 12, 3])).toBe('3, 7–9, 12');
    expect(rowRanges([1, 3, 5, 7], 2)).toBe('1, 3, … (4)');
    expect(
      describeSources([
        { file: 'a.xlsx', sheet: 'S', row: 2 },
        { file: 'b.csv', sheet: 'b', row: 5 },
        { file: 'a.xlsx', sheet: 'S', row: 3 },
      ]),
    ).toBe('a.xlsx › S › rows 2–3; b.csv › b › rows 5');
  });
});

describe('CLI progress and the Chromium rule', () => {
  const saved = { ci: process.env.CI, chromium: process.env.PSEA_CHROMIUM };
  afterEach(() => {
    if (saved.ci === undefined) delete process.env.CI;
    else process.env.CI = saved.ci;
    if (saved.chromium === undefined) delete process.env.PSEA_CHROMIUM;
    else process.env.PSEA_CHROMIUM = saved.chromium;
  });

  it('shows no progress bar when quiet, off a terminal, or for a handful of files', async () => {
    const writes: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      writes.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      for (const p of await Promise.all([
        progressFor(50, { quiet: true, tty: true }),
        progressFor(50, { quiet: false, tty: false }),
        progressFor(5, { quiet: false, tty: true }),
      ])) {
        p.onFile(1, 50, 'a.xlsx');
        p.stop();
      }
    } finally {
      process.stderr.write = original;
    }
    expect(writes).toEqual([]);
  });

  it('skips browser tests without Chromium, but fails under CI=true', () => {
    process.env.PSEA_CHROMIUM = '/nonexistent/chromium';
    delete process.env.CI;
    expect(skipBrowserTests()).toBe(true);
    process.env.CI = 'true';
    expect(() => skipBrowserTests()).toThrow(/apt-get install chromium/);
  });
});

describe('long tables on the dashboard', () => {
  it('shows the first rows of a long table and says how many more are in consolidated.xlsx', () => {
    const coverage = Object.fromEntries(
      Array.from({ length: 30 }, (_, a) => [
        `Agency ${a}`,
        Object.fromEntries(Array.from({ length: 20 }, (_, s) => [`MOS-${s}`, 'In place'])),
      ]),
    );
    const kinds = [{ kind: 'mapping', records: [], tables: { coverage } }];
    const data = buildDashboardData(
      { kinds, report: fixtureReport([], empty, 1, 'fr') },
      { lang: 'fr', version: 't', date: '2026-11-23' },
    );
    const table = data.sections.find((s) => s.id === 'coverage')!.tables[0];
    expect(table.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(table.omitted).toBe(30 * 20 - MAX_TABLE_ROWS);
    expect(data.strings.rows_omitted).toContain('consolidated.xlsx');
    const short = buildDashboardData(
      { kinds: FIXTURE_KINDS, report: fixtureReport([], empty, 1, 'en') },
      { lang: 'en', version: 't', date: '2026-11-23' },
    );
    expect(short.sections.flatMap((s) => s.tables).every((t) => t.omitted === undefined)).toBe(true);
  });
});
