/**
 * Issue 18, "a dashboard that reads at a glance": every chart of the page, over every kind the bundled examples hold,
 * has a "how to read this" line in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGS } from '../../templates/index.js';
import { consolidate } from '../../pipeline/consolidate.js';
import { buildDashboardData } from '../../pipeline/dashboard/build.js';

const EXAMPLES = join(process.cwd(), 'examples');

async function exampleFiles(): Promise<string[]> {
  const entries = await readdir(EXAMPLES, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.xlsx')).map((e) => join(e.parentPath, e.name));
}

describe('how to read each chart', () => {
  it('every chart of every kind has its line, in English, French and Spanish', async () => {
    const files = await exampleFiles();
    const lines: Record<string, Record<string, string | undefined>> = {};
    for (const lang of LANGS) {
      const result = await consolidate(files, { lang, asOf: '2026-11-23' }, { workers: 0 });
      const data = buildDashboardData(
        { kinds: result.kinds, report: result.report },
        { lang, version: 'test', date: '2026-11-23' },
      );
      for (const s of data.sections.filter((s) => s.chart && !s.empty)) (lines[s.id] ??= {})[lang] = s.read;
    }
    expect(Object.keys(lines)).toEqual(
      expect.arrayContaining(['coverage', 'focal_points', 'partner_risk', 'findings']),
    );
    const missing = Object.entries(lines).flatMap(([id, by]) => LANGS.filter((l) => !by[l]).map((l) => `${id} ${l}`));
    expect(missing).toEqual([]);
    for (const [id, by] of Object.entries(lines)) expect(new Set(Object.values(by)).size, id).toBe(3);
  }, 180_000);
});
