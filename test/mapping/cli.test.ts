/**
 * The mapping and workplan through the built CLI: settings keyed by kind, outputs in tables.json and
 * consolidated.xlsx.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { MAPPING_HEADER, mappingRow } from './fixtures.js';

describe('psea with mapping files', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'psea-mapping-'));
  const file = join(dir, 'kwn.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mapping');
  [MAPPING_HEADER, mappingRow({ Agency: 'KWN', 'Agency type': 'NNGO' })].forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);

  it('--settings extends the agency list under the "mapping" key, and a bad one is one line with exit 2', async () => {
    const json = (await psea('validate', file, '--format', 'json')).stdout;
    expect(JSON.parse(json).findings.map((f: { rule: string }) => f.rule)).toContain('mapping.agency-unknown');
    const good = join(dir, 'settings.json');
    await writeFile(
      good,
      JSON.stringify({ mapping: { agencies: [{ acronym: 'KWN', name: 'Kestria Women Network', type: 'NNGO' }] } }),
    );
    const withSettings = await psea('validate', file, '--format', 'json', '--settings', good);
    expect(JSON.parse(withSettings.stdout).findings.map((f: { rule: string }) => f.rule)).not.toContain(
      'mapping.agency-unknown',
    );
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ mapping: { agencies: [{ acronym: 'KWN', type: 'Charity' }] } }));
    const refused = await psea('validate', file, '--settings', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/settings mapping\.agencies\.0\.type/);
  });

  it('consolidating the examples writes the mapping and action-plan tables and sheets', async () => {
    const out = join(dir, 'out');
    const result = await psea(
      'consolidate',
      'examples/mapping',
      'examples/action-plan',
      '--out',
      out,
      '--as-of',
      '2021-05-01',
      '--quiet',
    );
    expect(result.code).toBe(1); // the examples carry errors on purpose
    const tables = JSON.parse(await readFile(join(out, 'tables.json'), 'utf8'));
    expect(Object.keys(tables)).toEqual(['mapping', 'action-plan']);
    expect(Object.keys(tables.mapping)).toEqual([
      'coverage',
      'in_place_by_area',
      'in_place_by_agency',
      'gap_register',
      'good_practice',
      'agency_spellings',
      'checked_against',
    ]);
    expect(Object.keys(tables['action-plan'])).toEqual(['by_status', 'by_area', 'overdue']);
    expect(tables['action-plan'].overdue.map((o: { due: string }) => o.due)).toEqual(['2021-04-15', '2021-04-29']);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.readFile(join(out, 'consolidated.xlsx'));
    const names = xlsx.worksheets.map((w) => w.name);
    for (const name of [
      'mapping',
      'action-plan',
      'mapping.coverage',
      'mapping.in_place_by_area',
      'mapping.gap_register',
      'action-plan.by_status',
      'action-plan.overdue',
    ]) {
      expect(names).toContain(name);
    }
    const coverage = xlsx.getWorksheet('mapping.coverage')!;
    const agencies = coverage
      .getColumn(1)
      .values.slice(2)
      .filter((v) => typeof v === 'string' && v in tables.mapping.coverage);
    expect(agencies).toEqual(Object.keys(tables.mapping.coverage));
  });
});
