/**
 * The product on the inter-agency corpus (test/corpus/inter-agency: 12 files from public formats, written by exceljs,
 * openpyxl and LibreOffice, in EN/FR/ES): every column and standard read, every planted defect found at its cell, no
 * other error or warning, and the coverage, workplan and risk tables expected.json gives. Prints the figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readInput } from '../../pipeline/read/index.js';
import { KINDS, analyseWorkbook, columnLetter, type Finding } from '../../templates/index.js';
import type { SheetAnalysis } from '../../templates/core/kind.js';
import type { MappingTables } from '../../templates/mapping/tables.js';
import type { ActionPlanTables } from '../../templates/action-plan/tables.js';
import type { FocalPointTables } from '../../templates/focal-points/tables.js';
import { CORPUS, EXPECTED, firstCell, type ExpectedFile } from './corpus-expected.js';

const FIGURES: string[] = [];

async function analyse(name: string, spec: ExpectedFile) {
  const grid = await readInput(join(CORPUS, 'files', name), name);
  const options = { lang: 'en' as const, asOf: spec.as_of ?? EXPECTED.as_of };
  const analysis = analyseWorkbook(grid, KINDS, options);
  const sheets = analysis.sheets;
  const kind = KINDS.find((k) => k.def.kind === spec.kind)!;
  const own = sheets.filter((s) => s.kind === spec.kind);
  const batch = own.length ? kind.consolidate(own, options) : { findings: [], tables: undefined };
  const findings: Finding[] = [...analysis.findings, ...sheets.flatMap((s) => s.findings), ...batch.findings];
  return { sheets, own, findings, tables: batch.tables };
}

/** Each expected column's header, field and key against what the header matcher made of it. */
function columnsRead(sheet: SheetAnalysis, spec: ExpectedFile) {
  const got = new Map(sheet.table.header.columns.map((c) => [columnLetter(c.index + sheet.table.firstColumn - 1), c]));
  let right = 0;
  const wrong: string[] = [];
  for (const col of spec.columns) {
    const c = got.get(col.col);
    const key = col.standard ?? col.period;
    const field = col.field === 'period' ? 'period' : col.field;
    const ok =
      c !== undefined &&
      (c.field ?? null) === field &&
      (key === undefined || c.key === key || (col.period !== undefined && periodOf(c.key) === col.period));
    if (ok) right++;
    else wrong.push(`${col.col} "${col.header}": ${c?.field ?? '—'}${c?.key ? `[${c.key}]` : ''}`);
  }
  return { right, wrong };
}

/** "Q01@2026" → "2026-Q1", "M03@" → "?-03"; the year of a month may come from the group above (checked by dates). */
function periodOf(key: string | undefined): string | undefined {
  const m = key && /^([QM])(\d\d)@(\d{4})?$/.exec(key);
  if (!m) return undefined;
  return `${m[3] ?? '2026'}-${m[1] === 'Q' ? `Q${Number(m[2])}` : m[2]}`;
}

const allowed = (spec: ExpectedFile) => [...spec.defects, ...(spec.expected_findings ?? [])];
const matches = (f: Finding, d: { cell: string; rule: string }) => f.rule === d.rule && f.cell === firstCell(d.cell);

describe('the inter-agency corpus, read by the product', () => {
  afterAll(() => {
    console.log(
      ['inter-agency corpus (file: columns read, records, defects found, other errors/warnings)', ...FIGURES].join(
        '\n',
      ),
    );
  });

  for (const [name, spec] of Object.entries(EXPECTED.files)) {
    it(`${name} (${spec.kind}, ${spec.lang}, ${spec.tool.split(' ')[0]})`, async () => {
      const { own, findings, tables } = await analyse(name, spec);
      expect(
        own.map((s) => s.table.sheet),
        'the sheet is read as its kind',
      ).toEqual([spec.sheet]);
      const [sheet] = own;
      const columns = columnsRead(sheet, spec);
      expect(columns.wrong, 'every column read as its field').toEqual([]);
      expect(sheet.records.length, 'records').toBe(spec.records);
      expect(sheet.table.accounting.setAside, 'rows set aside').toEqual(spec.set_aside);
      // Nothing read is lost: every filled cell of a row's fields is in each record of that row.
      const read = new Map(sheet.table.records.map((r) => [r.source.row, r.values]));
      for (const record of sheet.records)
        for (const [field, value] of Object.entries(read.get(record.source.row) ?? {}))
          if (value !== null && value !== '')
            expect(record.values[field] ?? null, `${field} of row ${record.source.row}`).not.toBeNull();
      // Every planted defect at its cell, and nothing else of severity error or warning.
      const found = allowed(spec).filter((d) => findings.some((f) => matches(f, d) && f.severity === d.severity));
      expect(found, 'planted defects and expected findings found').toEqual(allowed(spec));
      const others = findings.filter((f) => f.severity !== 'info' && !allowed(spec).some((d) => matches(f, d)));
      if (spec.no_other_error_or_warning)
        expect(
          others.map((f) => `${f.rule} ${f.cell ?? ''} ${f.message}`),
          'no other error or warning',
        ).toEqual([]);
      if (spec.coverage) {
        const mapping = tables as MappingTables;
        const want = Object.fromEntries(
          Object.entries(spec.coverage).map(([a, row]) => [
            a,
            Object.fromEntries(Object.entries(row).filter(([, s]) => s !== null)),
          ]),
        );
        expect(mapping.coverage, 'coverage').toEqual(want);
        for (const [agency, share] of Object.entries(spec.in_place_by_agency ?? {}))
          expect(mapping.in_place_by_agency[agency], agency).toMatchObject(share);
        for (const s of spec.other_spellings ?? [])
          expect(mapping.agency_spellings, s.written).toContainEqual(
            expect.objectContaining({ written: s.written, counted_as: s.counted_as }),
          );
      }
      if (spec.tasks) {
        const byRow = new Map(sheet.records.map((r) => [r.source.row, r]));
        for (const task of spec.tasks) {
          const r = byRow.get(task.row)!;
          expect([r.derived.start_date, r.derived.due_date], `row ${task.row}`).toEqual([task.start, task.due]);
          if (task.status) expect(r.values.status, `row ${task.row} status`).toBe(task.status);
          if (task.done) expect(r.values.status, `row ${task.row} done`).toBe('Completed');
        }
        const plan = tables as ActionPlanTables;
        expect(plan.overdue.map((o) => [o.source_row, o.due, o.days_overdue])).toEqual(
          (spec.overdue ?? []).map((o) => [o.row, o.due, o.days_overdue]),
        );
      }
      if (spec.focal_points_by_agency) {
        const focal = tables as FocalPointTables;
        const counted = Object.fromEntries(Object.entries(focal.by_agency).map(([a, e]) => [a, e.focal_points]));
        expect(counted).toEqual(spec.focal_points_by_agency);
      }
      FIGURES.push(
        `  ${name}: columns ${columns.right}/${spec.columns.length}, records ${sheet.records.length}, defects ` +
          `${found.length}/${allowed(spec).length}, other errors/warnings ${others.length}`,
      );
    });
  }
});
