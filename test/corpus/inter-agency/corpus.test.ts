/**
 * The inter-agency corpus is well formed: the generators rebuild the committed files cell for cell, every file
 * opens with exceljs and with openpyxl and both read the same cells, the columns expected.json names are there,
 * expected.json's tables agree with the cells (check.py recomputes them), and the eTools facts hang together.
 * It tests the material, not the product (nothing from templates/ or pipeline/ is imported).
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistWideEn } from './files-checklists.js';
import { DIR } from './files-mapping.js';
import {
  EXCELJS_FILES,
  FILES,
  LIBREOFFICE_FILE,
  PYTHON,
  SEED,
  writeExceljsFiles,
  writeOpenpyxlFiles,
} from './generate.js';
import { parseSeedWorkplan, type SeedWorkplan } from './seed-002.js';

type Cells = Record<string, string | number | boolean>;
interface Dumped {
  application: string | null;
  sheets: Record<string, { cells: Cells; fills: Record<string, string>; merged: string[] }>;
}
interface Column {
  col: string;
  header: string;
  field: string | null;
}
interface FileSpec {
  kind: string;
  lang: string;
  sheet: string;
  header_rows: number[];
  columns: Column[];
  defects: { cell: string; rule: string; severity: string }[];
  risk_table?: { total: number | null; risk: string | null }[];
}
const json = <T>(name: string): T => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
const EXPECTED = json<{ files: Record<string, FileSpec> }>('expected.json');
const NAMES = Object.keys(EXPECTED.files);

function python(args: string[]): string {
  // -B: no __pycache__ beside check.py and dump.py in the work tree.
  const run = spawnSync(PYTHON, ['-B', ...args], { encoding: 'utf8', cwd: DIR, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args[0]} failed: ${run.stderr || run.error?.message}`);
  return run.stdout;
}
const dump = (paths: string[]): Record<string, Dumped> => JSON.parse(python(['dump.py', ...paths]));

/** exceljs's cells in dump.py's form: rich text joined, dates as ISO days, merged slaves left out. */
async function exceljsCells(path: string, sheet: string): Promise<Cells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: Cells = {};
  wb.getWorksheet(sheet)!.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value;
      const plain =
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === 'object' && v !== null && 'richText' in v
            ? v.richText.map((r) => r.text).join('')
            : v;
      if (typeof plain === 'number' || typeof plain === 'boolean' || (typeof plain === 'string' && plain !== '')) {
        cells[cell.address] = plain;
      }
    }),
  );
  return cells;
}

let pythonOk = false;
let rebuilt = '';
beforeAll(async () => {
  pythonOk = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
  if (!pythonOk && process.env.CI === 'true') throw new Error('CI needs python3-openpyxl (.ci/run installs it)');
  if (!pythonOk) console.warn('\n*** SKIPPED: openpyxl checks of the corpus; apt-get install python3-openpyxl ***\n');
  rebuilt = mkdtempSync(join(tmpdir(), 'corpus-ia-test-'));
  await writeExceljsFiles(rebuilt);
  if (pythonOk) writeOpenpyxlFiles(rebuilt);
});
afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

describe('the inter-agency corpus', () => {
  it('has 8+ files in EN, FR and ES, from exceljs, openpyxl and LibreOffice, each described in expected.json', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(8);
    for (const name of NAMES) expect(existsSync(join(FILES, name)), name).toBe(true);
    expect(new Set(NAMES.map((n) => EXPECTED.files[n].lang))).toEqual(new Set(['en', 'fr', 'es']));
    expect(NAMES).toContain(LIBREOFFICE_FILE);
    expect(NAMES.filter((n) => !(n in EXCELJS_FILES) && n !== LIBREOFFICE_FILE).length).toBeGreaterThanOrEqual(3);
  });

  it('is what the generators write now: the same cells, fills and merges as the committed files', () => {
    if (!pythonOk) return;
    const built = NAMES.filter((n) => n !== LIBREOFFICE_FILE);
    const now = dump(built.map((n) => join(rebuilt, n)));
    const committed = dump(built.map((n) => join(FILES, n)));
    for (const name of built)
      expect(now[join(rebuilt, name)].sheets, name).toEqual(committed[join(FILES, name)].sheets);
  });

  it('keeps in the LibreOffice file every cell and merge of the exceljs checklist LibreOffice re-saved', async () => {
    if (!pythonOk) return;
    const source = join(rebuilt, `exceljs-${LIBREOFFICE_FILE}`);
    await checklistWideEn().xlsx.writeFile(source);
    const read = dump([source, join(FILES, LIBREOFFICE_FILE)]);
    for (const sheet of ['MOS checklist', 'Settings']) {
      const [before, after] = [read[source].sheets[sheet], read[join(FILES, LIBREOFFICE_FILE)].sheets[sheet]];
      expect([after.cells, after.merged], sheet).toEqual([before.cells, before.merged]);
    }
  });

  it('opens with exceljs and with openpyxl, and both read the same cells in every file', async () => {
    if (!pythonOk) return;
    const read = dump(NAMES.map((n) => join(FILES, n)));
    for (const name of NAMES) {
      const { sheet } = EXPECTED.files[name];
      expect(await exceljsCells(join(FILES, name), sheet), name).toEqual(read[join(FILES, name)].sheets[sheet].cells);
    }
    expect(read[join(FILES, LIBREOFFICE_FILE)].application).toMatch(/^LibreOffice/);
  });

  it('has the header of every column expected.json names, where it says', async () => {
    for (const name of NAMES) {
      const spec = EXPECTED.files[name];
      const cells = await exceljsCells(join(FILES, name), spec.sheet);
      const rows = [...spec.header_rows].reverse();
      for (const c of spec.columns) {
        const at = rows.map((r) => cells[`${c.col}${r}`]).find((v) => v !== undefined);
        expect(at, `${name} ${c.col}`).toBe(c.header);
      }
      for (const d of spec.defects) expect(d.cell, name).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    }
  });

  it('agrees with the tables of expected.json, recomputed from the cells by check.py', () => {
    if (!pythonOk) return;
    expect(JSON.parse(python(['check.py', FILES]))).toEqual([]);
  });

  it("keeps seed 002's workplan as the seed writes it, superscripts as rich-text runs", async () => {
    const committed = json<SeedWorkplan>('seed-002-workplan.json');
    if (existsSync(SEED)) expect(parseSeedWorkplan(readFileSync(SEED, 'utf8'))).toEqual(committed);
    else if (process.env.CI === 'true') throw new Error(`CI needs the seeds (${SEED})`);
    expect(committed.rows.map((r) => r[2].text)).toEqual([
      '31st of March',
      '6th of April',
      '- By 8th of April send to GTF\n- By 15th April- receive GTF inputs',
      'By 29th of April send 1st draft to GTF to review',
      '6th-13th of May incorporate inputs',
      'End May 2021',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FILES, 'seed-002-workplan.xlsx'));
    const c5 = wb.getWorksheet('Workplan')!.getCell('C5').value as ExcelJS.CellRichTextValue;
    expect(c5.richText.map((r) => [r.text, r.font?.vertAlign ?? null])).toEqual([
      ['31', null],
      ['st', 'superscript'],
      [' of March', null],
    ]);
  });

  it('scores with the eTools boundaries: every total from 6 to 18, and each expected risk by its total', () => {
    const facts = json<{ risk: { boundaries: Record<string, number> }; overall_rating: Record<string, number> }>(
      'etools-facts.json',
    );
    const table = json<{ rows: { total: number; risk: string }[] }>('boundaries.json');
    const { high_max, moderate_min, moderate_max, low_min } = facts.risk.boundaries;
    expect(table.rows.map((r) => r.total)).toEqual(Array.from({ length: 13 }, (_, i) => 6 + i));
    expect([facts.overall_rating.lowest_total, facts.overall_rating.highest_total]).toEqual([6, 18]);
    for (const { total, risk } of table.rows) {
      const band = total <= high_max ? 'High' : total >= moderate_min && total <= moderate_max ? 'Moderate' : 'Low';
      expect(risk, String(total)).toBe(total >= low_min ? 'Low' : band);
    }
    const byTotal = new Map(table.rows.map((r) => [r.total, r.risk]));
    for (const spec of Object.values(EXPECTED.files)) {
      for (const p of spec.risk_table ?? []) expect(p.risk).toBe(p.total === null ? null : byTotal.get(p.total));
    }
  });

  it('has at least 120 header texts in EN, FR and ES, each with a kind, a known or proposed field and a source', () => {
    const headers = json<{
      fields: Record<string, { existing: string[]; proposed: Record<string, string> }>;
      sources: Record<string, string>;
      headers: { text: string; kind: string; field: string | null; lang: string; source: string }[];
    }>('headers.json');
    expect(headers.headers.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['en', 'fr', 'es'])
      expect(headers.headers.filter((h) => h.lang === lang).length).toBeGreaterThan(30);
    expect(headers.headers.some((h) => h.field === null)).toBe(true);
    for (const h of headers.headers) {
      const kind = headers.fields[h.kind];
      expect(kind, h.text).toBeDefined();
      const known = [...kind.existing, ...Object.keys(kind.proposed)];
      if (h.field !== null) expect(known, `${h.text} → ${h.field}`).toContain(h.field);
      expect(headers.sources[h.source], h.text).toBeDefined();
    }
  });
});
