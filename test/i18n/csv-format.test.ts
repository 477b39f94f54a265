/** Issue 18: CSV files open in French and Spanish Excel (";" and a decimal comma), UTF-8 with a BOM as before. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { psea } from '../cli-run.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function share(...args: string[]): Promise<{ text: string; rows: string[][] }> {
  const out = mkdtempSync(join(tmpdir(), 'psea-csv-'));
  dirs.push(out);
  const run = await psea('consolidate', 'examples/mapping', '--out', out, '--csv', '--quiet', '--report-only', ...args);
  expect(run.code, run.stderr).toBe(0);
  const text = readFileSync(join(out, 'table-mapping-in_place_by_area.csv'), 'utf8');
  return { text, rows: Papa.parse<string[]>(text.slice(1), { delimiter: '' }).data };
}

describe('CSV for the user’s Excel', () => {
  it('English: commas and a decimal point', async () => {
    const { text, rows } = await share();
    expect(text.startsWith('\uFEFFkey,in_place,total,share\r\n')).toBe(true);
    expect(rows[1]).toEqual(['Management and coordination', '19', '26', '0.7308']);
  });

  it.each(['fr', 'es'])('%s: semicolons and a decimal comma', async (lang) => {
    const { text, rows } = await share('--lang', lang);
    expect(text.startsWith('\uFEFFkey;in_place;total;share\r\n')).toBe(true);
    expect(rows[1]).toEqual(['Management and coordination', '19', '26', '0,7308']);
    expect(readFileSync(join(dirs.at(-1)!, 'findings.csv'), 'utf8').split('\r\n')[0]).toContain('rule;severity;');
  });

  it('--csv-sep , keeps commas (and the decimal point) in French; a separator we do not know is one line', async () => {
    const { rows } = await share('--lang', 'fr', '--csv-sep', ',');
    expect(rows[1]).toEqual(['Management and coordination', '19', '26', '0.7308']);
    const bad = await psea('consolidate', 'examples/mapping', '--out', join(tmpdir(), 'x'), '--csv-sep', '#');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('psea: --csv-sep must be one of , ; tab |, not "#"');
  });
});
