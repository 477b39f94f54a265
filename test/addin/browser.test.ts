/**
 * The built pane in a real Chromium: office.js is answered by a stub host over in-memory
 * sheets, and any other request fails the test. Skips loudly without Chromium, except under CI.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from '../support/chromium.js';
import { plantedMatrix, rowOf } from './fixtures.js';
import { HEADER } from '../helpers.js';
import { SCRIPT_PAYLOADS } from '../bad/safe-fixtures.js';
import { OFFICE_JS, OUT as out, PaneServer, type OpenPane } from './pane-page.js';

describe.skipIf(skipBrowserTests())('task pane in Chromium', () => {
  let pane: PaneServer;

  beforeAll(async () => {
    pane = await PaneServer.start('addin-dist');
  });

  afterAll(async () => {
    await pane?.stop();
  });

  const openPane = (displayLanguage = 'en-US', sheets?: Record<string, unknown[][]>): Promise<OpenPane> =>
    pane.open({ displayLanguage, ...(sheets ? { sheets } : {}) });

  it('validates, selects a finding’s cell, applies a fix, and talks to nothing but itself and office.js', async () => {
    const { page, requests, problems } = await openPane();
    await page.click('#validate');
    await page.waitForSelector('.findings fluent-accordion-item');
    const groups = await page.$$eval('.findings fluent-accordion-item', (ds) =>
      ds.map((d) => [d.getAttribute('data-rules'), d.querySelector('.count')?.textContent]),
    );
    expect(groups).toEqual([
      ['management-response.response-value', '2'],
      ['management-response.status-value', '1'],
      ['cell.value-normalised', '2'],
    ]);
    await expect.poll(() => page.textContent('#status')).toContain('62 rows read: 3 errors, 0 warnings, 2 info');
    const detection = await page.textContent('#detection');
    expect(detection).toContain('Management response');

    const cell = `J${rowOf(3)}`;
    await page.click(`.finding[data-cell="${cell}"]`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __fake: { selection?: unknown } }).__fake.selection))
      .toEqual({ sheet: 'Matrix', address: cell });

    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'addin-pane.png'), fullPage: true });

    await page.click(`li:has(.finding[data-cell="${cell}"]) [data-fix="fix-one"]`);
    const value = (a1: string) =>
      page.evaluate(
        (c) =>
          (window as unknown as { __fake: { sheet(n: string): { value(a: string): unknown } } }).__fake
            .sheet('Matrix')
            .value(c),
        a1,
      );
    await expect.poll(() => value(cell)).toBe('Accept');
    expect(await value(`J${rowOf(7)}`)).toBe('Acept');
    await expect
      .poll(() =>
        page.$$eval('.findings [data-rules~="management-response.response-value"] .count', (n) => n[0]?.textContent),
      )
      .toBe('1');

    expect(pane.foreign(requests)).toEqual([]);
    expect(requests).toContain(OFFICE_JS);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('annotates, clears, adds dropdowns, enriches and inserts a template from the buttons', async () => {
    const { page, problems } = await openPane();
    type Fake = {
      sheet(n: string): { at(a: string): { fill?: string } | undefined; validation: Map<string, unknown> } | undefined;
      notes: Map<string, unknown>;
      sheets: { name: string }[];
    };
    await page.click('#validate');
    await page.waitForSelector('.findings fluent-accordion-item');
    await page.click('#annotate');
    await expect.poll(() => page.textContent('#status')).toMatch(/cells? marked \(note\)/);
    expect(
      await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.sheet('Matrix')!.at('J5')?.fill),
    ).toBe('#FDE7E9');
    expect(await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.notes.size)).toBe(5);
    await page.click('#clear');
    await expect.poll(() => page.textContent('#status')).toContain('5 marks removed');
    expect(
      await page.evaluate(() => {
        const f = (window as unknown as { __fake: Fake }).__fake;
        return [f.sheet('Matrix')!.at('J5')?.fill ?? null, f.notes.size];
      }),
    ).toEqual([null, 0]);
    await page.click('#dropdowns');
    await expect.poll(() => page.textContent('#status')).toContain('Dropdowns on 3 columns');
    await page.click('#enrich');
    await expect.poll(() => page.textContent('#status')).toContain('derived columns');
    await page.selectOption('#template-lang', 'fr');
    await page.click('#insert');
    await expect.poll(() => page.textContent('#status')).toContain('inserted');
    expect(await page.evaluate(() => (window as unknown as { __fake: Fake }).__fake.sheets.map((s) => s.name))).toEqual(
      ['Matrix', 'Lists', 'PSEA Summary', 'Matrice de réponse de la direct'],
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('live check re-validates the rows the user edits', async () => {
    const { page, problems } = await openPane();
    const liveOn = () => page.$eval('#live', (s) => (s as HTMLElement & { checked: boolean }).checked);
    await page.click('#live'); // a Fluent switch: role and state live in ElementInternals, not in attributes
    expect(await liveOn()).toBe(true);
    await expect.poll(() => page.textContent('#status')).toContain('Live check on');
    const count = (rule: string) =>
      page.$$eval(`.findings [data-rules~="${rule}"] .count`, (n) => n[0]?.textContent ?? '0');
    expect(await count('management-response.response-value')).toBe('2');
    await page.evaluate(
      (cell) =>
        (
          window as unknown as { __fake: { userEdit(s: string, a: string, v: unknown[][]): Promise<void> } }
        ).__fake.userEdit('Matrix', cell, [['Accept']]),
      `J${rowOf(3)}`,
    );
    await expect.poll(() => count('management-response.response-value')).toBe('1');
    await page.evaluate(
      (cell) =>
        (
          window as unknown as { __fake: { userEdit(s: string, a: string, v: unknown[][]): Promise<void> } }
        ).__fake.userEdit('Matrix', cell, [['Maybe']]),
      `J${rowOf(20)}`,
    );
    await expect.poll(() => count('management-response.response-value')).toBe('2');
    await page.click('#live');
    expect(await liveOn()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(
    'shows script and markup from the workbook (values, headers, sheet name) as text and runs ' + 'none of it',
    async () => {
      const rows = plantedMatrix();
      const SHEET = '<img src=x onerror=__pwned=8>';
      rows[1] = [...HEADER, SCRIPT_PAYLOADS[1]]; // an unrecognised column headed by a payload
      SCRIPT_PAYLOADS.forEach((p, i) => {
        rows[rowOf(20 + i) - 1][HEADER.indexOf('Management response')] = p;
        rows[rowOf(30 + i) - 1][HEADER.indexOf('Responsible unit(s)')] = p;
        rows[rowOf(40 + i) - 1][HEADER.indexOf('Status (Time 2)')] = p;
      });
      const { page, problems } = await openPane('en-US', { [SHEET]: rows });
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.click('#validate');
      await page.waitForSelector('.findings fluent-accordion-item');
      await page.$$eval('.findings fluent-accordion-item', (ds) => ds.forEach((d) => d.setAttribute('expanded', '')));
      await page.$$eval('#detection details', (ds) =>
        ds.forEach((d) => {
          (d as HTMLDetailsElement).open = true;
        }),
      );
      await page.click('#annotate');
      await expect.poll(() => page.textContent('#status')).toMatch(/cells? marked/);
      await page.click('#enrich');
      await expect.poll(() => page.textContent('#status')).toContain('derived columns');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(
        await page.evaluate(
          () => document.querySelectorAll('img, iframe, svg, object, embed, [onerror], [onload], [srcdoc]').length,
        ),
      ).toBe(0);
      const text = (await page.textContent('body')) ?? '';
      for (const p of SCRIPT_PAYLOADS.slice(0, 4)) expect(text, p).toContain(p); // in the findings' messages
      expect(text).toContain(SHEET); // in each finding's place and the detection view
      expect(await page.textContent('#detection')).toContain(SCRIPT_PAYLOADS[1]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('follows Office’s display language and switches on request', async () => {
    const { page, problems } = await openPane('fr-FR');
    expect(await page.textContent('#validate')).toBe('Valider');
    await page.click('#validate');
    await page.waitForSelector('.findings fluent-accordion-item');
    expect(await page.textContent('.findings h3')).toContain('Erreurs');
    await page.selectOption('#lang', 'es');
    expect(await page.textContent('#validate')).toBe('Validar');
    await page.keyboard.press('Tab');
    expect(problems).toEqual([]);
    await page.close();
  });
});
