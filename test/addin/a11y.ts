/**
 * Accessibility probes for browser tests: axe-core's rules, Chromium's own accessibility tree (what a screen reader
 * is handed, ElementInternals roles included, which axe cannot see), and the order Tab moves focus in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the page as it is now (injected through DevTools, so the page's CSP allows it). */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** The violations a test fails on: serious and critical. */
export const blocking = (violations: Violation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

const CONTROLS = new Set(['button', 'switch', 'checkbox', 'combobox', 'link', 'textbox', 'listbox', 'radio', 'tab']);

/** Every control in Chromium's accessibility tree with the role and name a screen reader announces. */
export async function controls(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && CONTROLS.has(String(n.role?.value)))
    .map((n) => ({ role: String(n.role?.value), name: String(n.name?.value ?? '').trim() }));
}

export interface Stop {
  stop: string;
  x: number;
  y: number;
}

/**
 * Presses Tab from the top of the page until focus leaves it, naming each stop: #id, a findings group by its
 * rules, a finding by its cell, a fix button by what it fixes, else the tag. Focus inside a shadow root is
 * followed down to the element that holds it and named by its host.
 */
export async function tabOrder(page: Page, max = 80): Promise<Stop[]> {
  await page.mouse.click(1, 1); // as a user would: a click on the page's top corner starts Tab from there
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let node = document.activeElement;
      while (node?.shadowRoot?.activeElement && !node.matches('fluent-accordion-item'))
        node = node.shadowRoot.activeElement;
      if (!node || node === document.body) return undefined;
      const item = node.closest('fluent-accordion-item');
      const cell = node.closest('li')?.querySelector('.finding')?.getAttribute('data-cell');
      const fix = node.getAttribute('data-fix');
      const name = node.id
        ? `#${node.id}`
        : node.matches('fluent-accordion-item')
          ? `group:${node.getAttribute('data-rules')}`
          : node.matches('.finding')
            ? `finding:${node.getAttribute('data-cell')}`
            : fix
              ? `${fix}:${fix === 'fix-all' ? item?.getAttribute('data-rules') : cell}`
              : node.tagName.toLowerCase();
      const box = node.getBoundingClientRect();
      return { stop: name, x: Math.round(box.left), y: Math.round(box.top + window.scrollY) };
    });
    if (!stop || stops.some((s) => s.stop === stop.stop)) break;
    stops.push(stop);
  }
  return stops;
}

/** Stops that come before the previous one in reading order (above it, or left of it on the same line). */
export function outOfReadingOrder(stops: readonly Stop[], tolerance = 4): string[] {
  return stops
    .slice(1)
    .filter((s, i) => {
      const prev = stops[i];
      return s.y < prev.y - tolerance || (Math.abs(s.y - prev.y) <= tolerance && s.x < prev.x);
    })
    .map((s) => s.stop);
}
