/**
 * Issue 18: with --lang fr|es, the dashboard and consolidated.xlsx hold none of our English words. The words come
 * from the EN catalogues (catalogue.ts); what the users wrote (their tasks, agencies, pillar names, sheet names),
 * the values they typed and ids (rule ids, the Fields sheet's canonical names) are not ours to translate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { englishIn, englishTexts, englishWords } from './catalogue.js';
import { FIELDS_MARKER } from '../../pipeline/write/localise.js';
import { WORDS } from '../../templates/present/words.js';
import { IOM_2023 } from '../../templates/profiles/iom-2023.js';
import type { Localised } from '../../templates/core/schema.js';

type Lang = 'fr' | 'es';
const LANGS: Lang[] = ['fr', 'es'];
const dirs: Partial<Record<Lang, string>> = {};

beforeAll(async () => {
  for (const lang of LANGS) {
    const out = mkdtempSync(join(tmpdir(), `psea-${lang}-`));
    const run = await psea('consolidate', 'examples', '--out', out, '--lang', lang, '--quiet', '--report-only');
    expect(run.code, run.stderr).toBe(0);
    dirs[lang] = out;
  }
}, 120_000);

afterAll(() => {
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The examples name the iom-2023 profile: its pillars and criteria have French and Spanish names, so their English
 * names are ours to translate, not the users' words.
 */
const PROFILE_NAMES: Localised[] = (() => {
  const matrix = IOM_2023.settings['management-response'] as Record<string, { names?: Localised }[]>;
  return [...matrix.pillars, ...matrix.criteria].map((item) => item.names!);
})();

/** Every text a record carries from its input (values typed, names from settings, file and sheet): the users'. */
function userTexts(out: string): string[] {
  const ours = englishTexts();
  for (const names of PROFILE_NAMES) ours.add(names.en.toLowerCase());
  const json = JSON.parse(readFileSync(join(out, 'records.json'), 'utf8')) as {
    kinds: { records: { source: Record<string, unknown>; values: object; derived: object }[] }[];
  };
  const texts = new Set<string>();
  for (const { records } of json.kinds)
    for (const r of records)
      for (const v of [...Object.values(r.source), ...Object.values(r.values), ...Object.values(r.derived)])
        for (const text of Array.isArray(v) ? v : [v])
          if (typeof text === 'string' && text.trim() && !ours.has(text.trim().toLowerCase())) texts.add(text.trim());
  // The sheets and files findings name (a declared "Table 1" sheet holds no record).
  const report = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
    findings: { file: string; sheet?: string }[];
  };
  for (const f of report.findings) for (const text of [f.file, f.sheet]) if (text?.trim()) texts.add(text.trim());
  return [...texts].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A shown text without the users' texts (whole words of it, or all of it when it is a piece of one: a unit split
 * from its cell), quoted values, ids (rule.id-like) and paths.
 */
function scrubber(users: string[]): (text: string) => string {
  const long = users.filter((u) => u.length >= 3);
  return (text) => {
    if (text.trim().length >= 4 && long.some((u) => u.includes(text.trim()))) return '';
    let t = text;
    for (const u of long)
      if (t.includes(u)) t = t.replace(new RegExp(`(?<![\\p{L}\\d])${escape(u)}(?![\\p{L}\\d])`, 'gu'), ' ');
    return t
      .replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, ' ')
      .replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ')
      .replace(/\S*\/\S*/g, ' ');
  };
}

function dashboardTexts(html: string): string[] {
  const json = /<script type="application\/json" id="psea-data">([\s\S]*?)<\/script>/.exec(html)![1];
  const texts: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (['id', 'type', 'format', 'severity', 'source', 'key', 'keys', 'color', 'lang'].includes(key)) return;
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(JSON.parse(json));
  // The page around the data: its title and every text outside the scripts.
  texts.push(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' '));
  return texts;
}

async function workbookTexts(path: string, lang: Lang): Promise<{ where: string; text: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const found: { where: string; text: string }[] = [];
  workbook.eachSheet((sheet) => {
    // Our hidden Lists sheet keeps its one name in every language (dropdown formulas name it); its lists are read.
    if (sheet.state !== 'hidden') found.push({ where: `sheet name ${sheet.name}`, text: sheet.name });
    const header = sheet.getRow(1).values as unknown[];
    const fields = header.includes(FIELDS_MARKER);
    // A finding's value is the sheet's text, its suggestion the fix in the sheet's language, its message the rule's
    // (the rules' parity test checks each in three languages) with the sheet's words in it.
    const findings = header.includes(WORDS.suggestion[lang]);
    const sheetData = [WORDS.value[lang], WORDS.suggestion[lang], WORDS.message[lang]].map((h) => header.indexOf(h));
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // The Fields sheet's canonical names and the Lists sheet's list ids are for tools, in English on purpose,
        // and so are the marks our own sheets are told by.
        if ((fields && c === 4 && r > 1) || (sheet.name === 'Lists' && r === 1)) return;
        if (cell.value === FIELDS_MARKER || (findings && r > 1 && sheetData.includes(c))) return;
        const v = cell.value as unknown;
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'result' in v ? String(v.result) : '';
        if (text) found.push({ where: `${sheet.name}!${cell.address}`, text });
      }),
    );
  });
  return found;
}

describe.each(LANGS)('no English label in the %s outputs', (lang) => {
  const words = englishWords(lang, PROFILE_NAMES);

  it('the list of our English words is long enough to mean something', () => {
    expect(words.size).toBeGreaterThan(150);
    expect(words.has('completed') || words.has('effectiveness')).toBe(true);
    // The profile's pillar names: "Institutional Accountability and Transparency" is no French.
    expect(words.has('accountability') && words.has('partnership')).toBe(true);
  });

  it('dashboard.html', () => {
    const out = dirs[lang]!;
    const scrub = scrubber(userTexts(out));
    const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
    const english = dashboardTexts(html).flatMap((t) => englishIn(scrub(t), words).map((w) => `${w} in "${t}"`));
    expect(english).toEqual([]);
  });

  it('consolidated.xlsx', async () => {
    const out = dirs[lang]!;
    const scrub = scrubber(userTexts(out));
    const english = (await workbookTexts(join(out, 'consolidated.xlsx'), lang)).flatMap(({ where, text }) =>
      englishIn(scrub(text), words).map((w) => `${w} at ${where}: "${text.slice(0, 80)}"`),
    );
    expect(english).toEqual([]);
  });
});
