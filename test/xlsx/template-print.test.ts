/**
 * Issue 18: the blank templates print (A4 landscape, one page wide, header rows repeated, file name and page in
 * the footer), their list columns carry one data validation each (two overlapped on every list column), and printed
 * through LibreOffice no two words of a page overlap (wrapped instructions used to print over each other).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { psea } from '../cli-run.js';

const KINDS = ['management-response', 'mapping', 'action-plan'];
const dir = mkdtempSync(join(tmpdir(), 'psea-template-print-'));
const file = (kind: string, lang: string) => join(dir, `${kind}-${lang}.xlsx`);

beforeAll(async () => {
  for (const kind of KINDS)
    for (const lang of ['en', 'fr']) {
      const run = await psea('template', kind, '--out', file(kind, lang), '--lang', lang, '--quiet');
      expect(run.code, run.stderr).toBe(0);
    }
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...KINDS.map((k) => file(k, 'fr'))], {
    timeout: 180_000,
    stdio: 'ignore',
  });
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.file(name)!.async('text');
  return out;
}

/** "B3:B502 D3:D502" → every cell it covers, as "col:row". */
function cells(sqref: string): string[] {
  const out: string[] = [];
  for (const range of sqref.split(/\s+/)) {
    const [a, b = a] = range.split(':');
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a)!;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b)!;
    if (c1 !== c2) throw new Error(`a range over several columns: ${range}`);
    for (let r = Number(r1); r <= Number(r2); r++) out.push(`${c1}:${r}`);
  }
  return out;
}

describe.each(KINDS)('the blank %s template', (kind) => {
  it.each(['en', 'fr'])('(%s) has one data validation per list column, none overlapping', async (lang) => {
    const xml = await parts(file(kind, lang));
    const sheet = xml['xl/worksheets/sheet1.xml'];
    const refs = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const ref of refs)
      for (const cell of cells(ref)) {
        expect(seen.has(cell), `${cell} under two validations`).toBe(false);
        seen.add(cell);
      }
    const columns = new Set(refs.map((r) => r.replace(/\d+/g, '')));
    expect(columns.size).toBe(refs.length);
  });

  it('prints A4 landscape, one page wide, title and header repeated, file name and page in the footer', async () => {
    const xml = await parts(file(kind, 'fr'));
    const sheet = xml['xl/worksheets/sheet1.xml'];
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/);
    expect(sheet).toMatch(/<oddFooter>[^<]*&amp;F[^<]*&amp;P[^<]*<\/oddFooter>/);
    expect(xml['xl/workbook.xml']).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]*\$1:\$2</);
    // The title's row is tall enough for its 14 pt text.
    expect(Number(/<row r="1"[^>]* ht="(\d+(\.\d+)?)"/.exec(sheet)?.[1])).toBeGreaterThanOrEqual(20);
  });

  it('printed by LibreOffice: landscape pages, no two words over each other, the footer on each page', () => {
    const pdf = join(dir, `${kind}-fr.pdf`);
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 841\.\d+ 595\.\d+\]/);
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const pages = html.split('<page ').slice(1);
    for (const [p, page] of pages.entries()) {
      const words = [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({ box: m.slice(1, 5).map(Number), text: m[5] }),
      );
      expect(words.some((w) => w.text === `${p + 1}`) || words.some((w) => /\.xlsx/.test(w.text))).toBe(true);
      for (let i = 0; i < words.length; i++)
        for (let j = i + 1; j < words.length; j++) {
          const [a, b] = [words[i].box, words[j].box];
          const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
          const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
          // Lines set close touch by a point or two; a word over another covers much of its height.
          const over = w > 1 && h > 0.4 * Math.min(a[3] - a[1], b[3] - b[1]);
          expect(over, `page ${p + 1}: "${words[i].text}" over "${words[j].text}"`).toBe(false);
        }
    }
  });
});

describe('consolidated.xlsx', () => {
  it('prints each visible sheet A4 landscape, one page wide, header repeated, file, page in the footer', async () => {
    const out = join(dir, 'out');
    const run = await psea('consolidate', 'examples', '--out', out, '--quiet', '--report-only');
    expect(run.code, run.stderr).toBe(0);
    const xml = await parts(join(out, 'consolidated.xlsx'));
    // Attributes in any order: our writer and exceljs's order them differently.
    const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    const sheets = [...xml['xl/workbook.xml'].matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
    const visible = sheets
      .map((tag, index) => ({
        id: String(index + 1), // our parts are sheetN.xml in the workbook's order
        name: attribute(tag, 'name') ?? '',
        index,
        hidden: attribute(tag, 'state') === 'hidden',
      }))
      .filter((s) => !s.hidden);
    expect(visible.length).toBeGreaterThan(5);
    for (const { id, name, index } of visible) {
      const sheet = xml[`xl/worksheets/sheet${id}.xml`];
      expect(sheet, name).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      expect(sheet, name).toMatch(
        /<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/,
      );
      expect(sheet, name).toMatch(/<oddFooter>[^<]*&amp;F[^<]*&amp;P[^<]*<\/oddFooter>/);
      expect(xml['xl/workbook.xml'], name).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">`);
    }
  });
});
