/**
 * A blank template from `psea template`, filled by a script with exceljs using its own dropdown
 * lists, read back through pipeline/read: it validates with no error and no warning.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { KINDS, analyseWorkbook, kindById, type Lang } from '../../templates/index.js';
import { BLANK_HEADER_ROW, LISTS_SHEET } from '../../templates/core/blank.js';
import { readXlsx } from '../../pipeline/read/xlsx.js';
import { psea } from '../cli-run.js';
import { MAPPING_STANDARDS as STANDARDS } from '../../templates/inter-agency/standards/sets.js';
import { AREA } from '../../templates/inter-agency/areas.js';
import type { PartnerState } from '../../templates/partner-assessment/tables.js';

async function template(kind: string, lang: Lang, dir: string): Promise<ExcelJS.Workbook> {
  const out = join(dir, `${kind}-${lang}.xlsx`);
  expect((await psea('template', kind, '--out', out, '--lang', lang, '--quiet')).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
  return wb;
}

/** The values of one dropdown list on the hidden Lists sheet. */
function list(wb: ExcelJS.Workbook, name: string): string[] {
  const lists = wb.getWorksheet(LISTS_SHEET)!;
  const col = (lists.getRow(1).values as unknown[]).indexOf(name);
  expect(col, `list ${name}`).toBeGreaterThan(0);
  const values: string[] = [];
  for (let r = 2; lists.getCell(r, col).value !== null; r++) values.push(String(lists.getCell(r, col).value));
  return values;
}

/** Writes rows under the template's header, column by field key (the header text is whatever the language says). */
function fill(wb: ExcelJS.Workbook, kind: string, lang: Lang, rows: Record<string, unknown>[]): void {
  const def = kindById(kind)!.def;
  const ws = wb.worksheets[0];
  const headers = ws.getRow(BLANK_HEADER_ROW).values as unknown[];
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const col = headers.indexOf(def.fields.find((f) => f.key === key)!.label[lang]);
      ws.getCell(BLANK_HEADER_ROW + 1 + i, col).value = value as ExcelJS.CellValue;
    }
  });
}

async function findingsAfterRoundTrip(wb: ExcelJS.Workbook, file: string) {
  const grid = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), file);
  const options = { lang: 'en' as const, asOf: '2026-11-23' };
  const analysis = analyseWorkbook(grid, KINDS, options);
  const cross = KINDS.flatMap((k) => {
    const own = analysis.sheets.filter((s) => s.kind === k.def.kind);
    return own.length ? k.consolidate(own, options).findings : [];
  });
  return { analysis, findings: [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings, ...cross] };
}

describe('blank templates filled and read back', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'psea-blank-'));

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`mapping (${lang}): one agency on every standard validates cleanly`, async () => {
      const wb = await template('mapping', lang, dir);
      const standards = list(wb, 'standard');
      const statuses = list(wb, 'status');
      expect(standards).toHaveLength(15);
      expect(list(wb, 'agency')).toContain('UNFPA');
      const areaLabel = (id: string) =>
        AREA.values.find((a) => a.value === STANDARDS.find((s) => s.id === id)!.area)!.label[lang];
      fill(
        wb,
        'mapping',
        lang,
        STANDARDS.map((s, i) => {
          const inPlace = i % 2 === 0;
          return {
            agency: 'UNFPA',
            agency_type: list(wb, 'agency_type')[0],
            area: areaLabel(s.id),
            standard: standards[i],
            status: inPlace ? statuses[0] : statuses[1],
            activities: 'Work described',
            evidence: inPlace ? 'File 7' : null,
            gaps: inPlace ? null : 'Field offices not covered',
            planned_action: inPlace ? null : 'Extend to field offices',
            timeline: inPlace ? null : new Date(Date.UTC(2027, 5, 30)),
          };
        }),
      );
      const { analysis, findings } = await findingsAfterRoundTrip(wb, `mapping-${lang}.xlsx`);
      expect(analysis.sheets.map((s) => [s.kind, s.records.length])).toEqual([['mapping', 15]]);
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(findings).toEqual([]);
    });

    it(`action plan (${lang}): tasks filled with the dropdowns validate cleanly`, async () => {
      const wb = await template('action-plan', lang, dir);
      const statuses = list(wb, 'status');
      const areas = list(wb, 'area');
      fill(wb, 'action-plan', lang, [
        {
          task: 'Map who does what',
          area: areas[0],
          responsible_orgs: 'PSEA Task Team; UNFPA',
          start: new Date(Date.UTC(2027, 0, 10)),
          due: '15/02/2027',
          status: statuses[0],
          indicator: 'Mapping shared',
        },
        {
          task: 'Train focal points',
          area: areas[2],
          responsible_orgs: 'IOM, UNICEF',
          start: '2026-09-01',
          due: '2026-10-30',
          status: statuses[2],
          indicator: 'Focal points trained',
        },
      ]);
      const { analysis, findings } = await findingsAfterRoundTrip(wb, `plan-${lang}.xlsx`);
      expect(analysis.sheets.map((s) => [s.kind, s.records.length])).toEqual([['action-plan', 2]]);
      expect(findings).toEqual([]);
    });

    it(`focal points (${lang}): one per agency validates cleanly`, async () => {
      const wb = await template('focal-points', lang, dir);
      fill(wb, 'focal-points', lang, [
        { agency: 'UNFPA', name: 'L. Duarte', email: 'l.duarte@example.org', trained_on: '2026-02-12' },
        { agency: 'IOM', name: 'A. Marsh', email: 'a.marsh@example.org', appointed_on: '2026-01-10' },
      ]);
      const { analysis, findings } = await findingsAfterRoundTrip(wb, `focal-${lang}.xlsx`);
      expect(analysis.sheets.map((s) => [s.kind, s.records.length])).toEqual([['focal-points', 2]]);
      expect(findings).toEqual([]);
    });

    it(`partner assessment (${lang}): six standards rated with the dropdowns validate cleanly`, async () => {
      const wb = await template('partner-assessment', lang, dir);
      const ratings = list(wb, 'rating');
      const standards = list(wb, 'standard');
      expect(standards).toHaveLength(6);
      fill(
        wb,
        'partner-assessment',
        lang,
        standards.map((standard, i) => ({
          agency: 'UNICEF',
          partner: 'Hope Relief Initiative',
          partner_id: '2500100001',
          assessment_date: '2026-02-10',
          standard,
          rating: ratings[i % 3],
        })),
      );
      const { analysis, findings } = await findingsAfterRoundTrip(wb, `partner-${lang}.xlsx`);
      expect(analysis.sheets.map((s) => [s.kind, s.records.length])).toEqual([['partner-assessment', 6]]);
      expect(findings).toEqual([]);
      const [assessment] = (analysis.sheets[0].state as PartnerState).assessments;
      expect([assessment.total, assessment.risk]).toEqual([12, 'Moderate']);
    });
  }
});
