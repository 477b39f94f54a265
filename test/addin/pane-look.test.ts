/**
 * How the pane looks and reads in Chromium: Fluent light and dark themes following Office (or the system in a
 * plain browser), screenshots in EN/FR/ES at 320 px, axe-core, screen-reader names, Tab order, the help page.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import type { Page } from 'playwright-core';
import { skipBrowserTests } from '../support/chromium.js';
import { OUT, PaneServer, ROOT, type OpenOptions } from './pane-page.js';
import { axeViolations, blocking, controls, outOfReadingOrder, tabOrder } from './a11y.js';
import { rowOf } from './fixtures.js';
import { ruleTitle } from '../../addin/src/groups.js';

const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};
const BACKGROUND = {
  light: rgb(webLightTheme.colorNeutralBackground1),
  dark: rgb(webDarkTheme.colorNeutralBackground1),
};

const theme = (page: Page) =>
  page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor]);

describe.skipIf(skipBrowserTests())('task pane look and accessibility in Chromium', () => {
  let pane: PaneServer;

  beforeAll(async () => {
    pane = await PaneServer.start('addin-look-dist');
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await pane?.stop();
  });

  /** The pane after Validate, with every group open unless told otherwise. */
  async function validated(opts: OpenOptions = {}) {
    const open = await pane.open(opts);
    await open.page.click('#validate');
    await open.page.waitForSelector('.findings fluent-accordion-item');
    return open;
  }

  it.each([
    ['light by default', {}, 'light'],
    ['the system’s dark scheme when Office tells no theme', { colorScheme: 'dark' }, 'dark'],
    ['Office’s dark theme', { officeTheme: { isDarkTheme: true } }, 'dark'],
    ['Office’s light theme over a dark system', { officeTheme: { isDarkTheme: false }, colorScheme: 'dark' }, 'light'],
    ['a dark body colour on hosts without isDarkTheme', { officeTheme: { bodyBackgroundColor: '#262626' } }, 'dark'],
    ['a light body colour on hosts without isDarkTheme', { officeTheme: { bodyBackgroundColor: '#FFFFFF' } }, 'light'],
  ] as [string, OpenOptions, 'light' | 'dark'][])('takes %s', async (_name, opts, expected) => {
    const { page, problems } = await pane.open(opts);
    expect(await theme(page)).toEqual([expected, BACKGROUND[expected]]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows the system in a plain browser, also when it changes', async () => {
    const { page, problems } = await pane.page('taskpane.html', { host: null, colorScheme: 'dark' });
    await expect.poll(() => page.textContent('#status')).toContain('open this pane from Excel');
    expect(await theme(page)).toEqual(['dark', BACKGROUND.dark]);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(page)).toEqual(['light', BACKGROUND.light]);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const lang of ['en', 'fr', 'es'] as const)
    for (const scheme of ['light', 'dark'] as const)
      it(`${lang} ${scheme}: screenshot, no serious axe violation, no overflow at 320 and 350 px`, async () => {
        const opts = { displayLanguage: lang, officeTheme: { isDarkTheme: scheme === 'dark' } };
        const { page, requests, problems } = await validated(opts);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await theme(page)).toEqual([scheme, BACKGROUND[scheme]]);
        await page.screenshot({ path: join(OUT, `pane-${lang}-${scheme}.png`), fullPage: true });
        const violations = await axeViolations(page);
        expect(blocking(violations)).toEqual([]);
        for (const width of [320, 350]) {
          await page.setViewportSize({ width, height: 900 });
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
        expect(pane.foreign(requests)).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });

  it('collapses info groups, opens the others, and counts each group', async () => {
    const { page } = await validated();
    const groups = await page.$$eval('.findings fluent-accordion-item', (items) =>
      items.map((i) => [
        i.getAttribute('data-rules'),
        i.hasAttribute('expanded'),
        i.querySelector('.count')?.textContent,
      ]),
    );
    expect(groups).toEqual([
      ['management-response.response-value', true, '2'],
      ['management-response.status-value', true, '1'],
      ['cell.value-normalised', false, '2'],
    ]);
    expect(await page.$$eval('.findings h3', (hs) => hs.map((h) => h.textContent))).toEqual([
      'Errors3',
      'Information2',
    ]);
    const applyAll = await page.$$eval('[data-fix="fix-all"]', (bs) =>
      bs.map((b) => [b.closest('fluent-accordion-item')?.getAttribute('data-rules'), b.textContent]),
    );
    expect(applyAll).toEqual([
      ['management-response.response-value', 'Apply to all (2)'],
      ['cell.value-normalised', 'Apply to all (2)'],
    ]);
    await page.close();
  });

  it('names every control for a screen reader', async () => {
    const { page } = await validated({ displayLanguage: 'fr-FR' });
    const named = await controls(page);
    const title = ruleTitle('management-response.response-value', 'fr');
    expect(named.filter((c) => !c.name)).toEqual([]);
    expect(named).toEqual(
      expect.arrayContaining([
        { role: 'combobox', name: 'Langue' },
        { role: 'switch', name: 'Vérification en direct' },
        { role: 'combobox', name: 'Gravité' },
        { role: 'combobox', name: 'Langue de la nouvelle feuille' },
        { role: 'button', name: 'Valider' },
        { role: 'button', name: `${title} 2` },
        { role: 'button', name: `Appliquer à tous (2) : ${title}` },
        { role: 'button', name: `Appliquer « Accept » à Matrix!J${rowOf(3)}` },
        { role: 'link', name: 'Aide' },
      ]),
    );
    await page.close();
  });

  it('moves focus with Tab in reading order through every control, and works from the keyboard', async () => {
    const { page } = await validated();
    const stops = await tabOrder(page);
    const [j5, j9, m11] = [rowOf(3), rowOf(7), rowOf(9)].map((r, i) => `${i < 2 ? 'J' : 'M'}${r}`);
    expect(stops.map((s) => s.stop)).toEqual([
      '#lang',
      '#detect',
      'summary',
      ...['#validate', '#annotate', '#clear', '#dropdowns', '#enrich', '#normalise', '#live'],
      ...['#filter-severity', '#filter-field'],
      ...['group:management-response.response-value', 'fix-all:management-response.response-value'],
      ...[`finding:${j5}`, `fix-one:${j5}`, `finding:${j9}`, `fix-one:${j9}`],
      ...['group:management-response.status-value', `finding:${m11}`, 'group:cell.value-normalised'],
      ...['#template-kind', '#template-lang', '#insert', '#help'],
    ]);
    expect(outOfReadingOrder(stops)).toEqual([]);

    await page.focus(`.finding[data-cell="${j9}"]`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __fake: { selection?: unknown } }).__fake.selection))
      .toEqual({ sheet: 'Matrix', address: j9 });
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // its Apply, the next group, M11, the info group
    const info = page.locator('[data-rules="cell.value-normalised"]');
    expect(await info.getAttribute('expanded')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => info.getAttribute('expanded')).toBe('');
    const levels = await page.$$eval('.findings fluent-accordion-item', (items) =>
      items.map((i) => i.shadowRoot?.querySelector('[role="heading"]')?.getAttribute('aria-level')),
    );
    expect(levels).toEqual(['4', '4', '4']); // under the h3 of their severity
    await page.close();
  });

  it('ships the README’s add-in section as help.html, the manifest’s SupportUrl, offline and accessible', async () => {
    const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    const file = new URL(support).pathname.slice(1);
    expect(file).not.toBe('taskpane.html');
    expect(existsSync(join(pane.dist, file))).toBe(true);

    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## The Excel add-in'),
      readme.indexOf('\n## ', readme.indexOf('## The Excel add-in')),
    );
    const subheadings = [...section.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(subheadings.length).toBeGreaterThan(3);

    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, requests, problems } = await pane.page(file, { colorScheme });
      expect(await page.textContent('h1')).toBe('The Excel add-in (task pane)');
      expect(await page.$$eval('h2', (hs) => hs.map((h) => h.textContent))).toEqual(subheadings);
      expect(await page.textContent('body')).toContain('Upload my add-in');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUND[colorScheme]);
      expect(blocking(await axeViolations(page))).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(pane.base))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
