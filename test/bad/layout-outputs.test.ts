/** Extra and repeated columns survive consolidation: records.json, consolidated.xlsx and the CSV exports carry them. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { layoutCases, writeXlsx } from '../fixtures/bad/layout-corpus.js';

describe('extra columns in the consolidated outputs', () => {
  it('keeps each extra column once per kind, with its values on the right records', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-bad-layout-out-'));
    const input = join(dir, 'in');
    await mkdir(input);
    for (const c of layoutCases().filter((c) => /extra-columns|duplicate-header/.test(c.name)))
      await writeXlsx(join(input, c.name), c.sheets);
    const out = join(dir, 'out');
    const result = await psea('consolidate', input, '--out', out, '--csv', '--report-only');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^4 files · rows read 5 = consolidated 5/m);

    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8'));
    const matrix = records.kinds.find((k: { kind: string }) => k.kind === 'management-response');
    expect(matrix.extra).toEqual(['Response', 'Budget (€)', 'Notes internes']);
    const budget = matrix.records.find(
      (r: { extra?: Record<string, unknown> }) => r.extra?.['Budget (€)'] !== undefined,
    );
    expect(budget).toMatchObject({
      source: { file: join(input, 'extra-columns.xlsx'), row: 2 },
      extra: { 'Budget (€)': 12000, 'Notes internes': 'à revoir' },
    });
    // in file order
    expect(records.kinds.find((k: { kind: string }) => k.kind === 'mapping').extra).toEqual(['Status', 'Donor']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
    const sheet = workbook.getWorksheet('management-response')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-3)).toEqual(['extra: Response', 'extra: Budget (€)', 'extra: Notes internes']);
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    const row = rows.find((r) => r[0] === join(input, 'extra-columns.xlsx') && r[2] === 2)!;
    expect(row.slice(-3)).toEqual([undefined, 12000, 'à revoir']);
    expect(rows.find((r) => r[0] === join(input, 'duplicate-header.xlsx'))!.at(header.indexOf('extra: Response'))).toBe(
      'Not accept',
    );

    const csv = await readFile(join(out, 'records-management-response.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/,extra: Response,extra: Budget \(€\),extra: Notes internes$/);
  });
});
