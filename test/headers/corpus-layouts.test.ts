/**
 * The product on both corpora of real layouts (UNDP, WFP, UNFPA, UNICEF, UNHCR, UN-Habitat, UN Women, IOM, PSEA
 * networks, eTools; EN/FR/ES; exceljs, openpyxl, CSV, LibreOffice): every column that holds a template field is
 * recognised, none is given a field it does not hold, every row is a record or set aside for the manifest's reason,
 * sections keep their name and number, numbers are read as written, and no file is skipped without a finding.
 * Prints the figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, type SheetAnalysis, type WorkbookAnalysis } from '../../templates/index.js';
import { readInput } from '../../pipeline/read/index.js';
import { buildCorpus } from '../corpus/management-response/generate/index.js';
import type { ExpectedFile } from '../corpus/management-response/generate/model.js';
import { REASONS, checkColumns, emptyFigures, rowRoles, sheetOf, type Figures } from './layout-check.js';

const defOf = (kind: string) => KINDS.find((k) => k.def.kind === kind)!.def;
const findingsOf = (a: WorkbookAnalysis) => [...a.sheets.flatMap((s) => s.findings), ...a.findings];

interface IaFile {
  kind: string;
  lang: 'en' | 'fr' | 'es';
  sheet: string;
  header_rows: number[];
  columns: { col: string; header: string; field: string | null }[];
}

const IA_DIR = join(process.cwd(), 'test/corpus/inter-agency');
const ia = (JSON.parse(readFileSync(join(IA_DIR, 'expected.json'), 'utf8')) as { files: Record<string, IaFile> }).files;
let dir: string;
let manifest: ExpectedFile[];
const mr = new Map<string, WorkbookAnalysis>();
const iaRead = new Map<string, WorkbookAnalysis>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'psea-layouts-'));
  manifest = (await buildCorpus(dir)).manifest;
  for (const m of manifest)
    mr.set(
      m.file,
      analyseWorkbook(await readInput(join(dir, m.file), m.file), KINDS, { lang: m.language, asOf: m.as_of }),
    );
  for (const [file, e] of Object.entries(ia))
    iaRead.set(
      file,
      analyseWorkbook(await readInput(join(IA_DIR, 'files', file), file), KINDS, { lang: e.lang, asOf: '2026-06-30' }),
    );
  return () => rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('real layouts, management responses', () => {
  it('reads every column, header, record and set-aside row as the manifest says', () => {
    const figures = emptyFigures();
    for (const m of manifest) {
      const analysis = mr.get(m.file)!;
      for (const sheet of m.sheets.filter((s) => s.role === 'matrix')) {
        const got = sheetOf(analysis, sheet.name);
        const where = `${m.file} › ${sheet.name}`;
        if (!got || got.kind !== 'management-response') {
          figures.problems.push(`${where}: not read as a management response`);
          continue;
        }
        const { table } = got;
        const tables = sheet.tables ?? [];
        expect(
          table.headers.map((h) => h.rows.map((r) => r + table.firstRow)),
          where,
        ).toEqual(tables.map((t) => t.header_rows));
        tables.forEach((t, i) => checkColumns(where, defOf(got.kind), table, table.headers[i], t.columns, figures));
        const roles = rowRoles(table);
        for (const row of tables.flatMap((t) => t.record_rows))
          expect(roles.get(row), `${where} row ${row}`).toBe('record');
        for (const s of sheet.set_aside ?? [])
          expect(roles.get(s.row), `${where} row ${s.row}`).toBe(REASONS[s.reason]);
        for (const t of tables.slice(1)) for (const row of t.header_rows) expect(roles.get(row)).toBe('header');
        checkNumbers(where, got, sheet);
      }
    }
    expect(figures.problems).toEqual([]);
    expect(figures.falseMatches).toBe(0);
    report('management responses', figures, manifest.length);
  });

  it('keeps each section’s name and number with the records under it', () => {
    for (const m of manifest)
      for (const sheet of m.sheets.filter((s) => s.role === 'matrix' && s.sections?.length)) {
        const { table } = sheetOf(mr.get(m.file)!, sheet.name)!;
        for (const record of table.records) {
          const above = [...(sheet.sections ?? [])].reverse().find((s) => s.row < record.source.row);
          expect(record.section?.name, `${m.file} row ${record.source.row}`).toBe(above?.name);
          // The manifest gives the number where the section is a pillar ("Area 3 – …"), not an outcome's.
          if (above?.number !== undefined) expect(record.section?.number).toBe(above.number);
        }
      }
  });

  it('reads one recommendation per number, key-action rows under it, no duplicate on a correct file', () => {
    for (const m of manifest.filter((x) => x.clean)) {
      const analysis = mr.get(m.file)!;
      const recs = analysis.sheets.flatMap((s) => (s.state as { recs: unknown[] }).recs);
      expect(recs.length, m.file).toBe(m.summary.recommendations);
      expect(
        findingsOf(analysis).filter((f) => f.rule === 'management-response.duplicate-key'),
        m.file,
      ).toEqual([]);
    }
  });

  it('reports the sheet no template claims, with the header row tried, and counts the file as not readable', () => {
    const unclaimed = manifest.filter((m) => m.sheets.some((s) => s.role === 'unclaimed'));
    expect(unclaimed.length).toBeGreaterThan(0);
    for (const m of unclaimed) {
      const analysis = mr.get(m.file)!;
      expect(analysis.sheets).toEqual([]);
      for (const sheet of m.sheets.filter((s) => s.role === 'unclaimed')) {
        const f = findingsOf(analysis).find((x) => x.rule === 'layout.sheet-unclaimed' && x.sheet === sheet.name);
        expect(f?.params.rows, m.file).toBe(String(sheet.tables?.[0].header_rows[0]));
      }
    }
  });
});

/** Each record's recommendation number and point as the manifest reads them ("Rec. 3", "3.1", "2(a)", "4.a"). */
function checkNumbers(where: string, got: SheetAnalysis, sheet: ExpectedFile['sheets'][number]) {
  const byRow = new Map(got.records.map((r) => [r.source.row, r.values]));
  for (const want of sheet.records ?? []) {
    const values = byRow.get(want.row);
    expect([values?.rec_no, values?.point ?? null], `${where} row ${want.row}`).toEqual([
      want.rec_no,
      want.point ?? null,
    ]);
  }
}

describe('real layouts, inter-agency', () => {
  it('reads the kinds it has, claims nothing with the wrong kind, and says so for the rest', () => {
    const figures = emptyFigures();
    let reported = 0;
    for (const [file, e] of Object.entries(ia)) {
      const analysis = iaRead.get(file)!;
      const got = sheetOf(analysis, e.sheet);
      if (!got) {
        // A sheet no kind reads is said (every inter-agency file has its kind since issue 14).
        expect(
          findingsOf(analysis).some((f) => f.rule === 'layout.sheet-unclaimed' && f.sheet === e.sheet),
          file,
        ).toBe(true);
        reported++;
        continue;
      }
      expect(got.kind, file).toBe(e.kind);
      expect(
        got.table.header.rows.map((r) => r + got.table.firstRow),
        file,
      ).toEqual(e.header_rows);
      checkColumns(file, defOf(e.kind), got.table, got.table.header, e.columns, figures);
    }
    expect(figures.problems).toEqual([]);
    report(`inter-agency (${reported} files of kinds to come, each with a finding)`, figures, Object.keys(ia).length);
  });
});

function report(what: string, f: Figures, files: number) {
  console.log(
    `${what}: ${files} files; columns holding a template field ${f.expected}, recognised ${f.recognised}, ` +
      `false matches ${f.falseMatches}; columns of fields proposed for issues 13/14 ${f.proposed}`,
  );
}
