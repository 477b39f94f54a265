/**
 * Bundled profiles through the built CLI: `psea profiles` lists them, `--profile NAME` applies one, an unknown name is
 * one line and exit 2. Without a profile nothing organisation-specific is assumed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { HEADER, matrixRow } from '../helpers.js';

let file: string;
beforeAll(async () => {
  // Recommendation 3 stated in pillar 2: the 2023 IOM evaluation puts 1–18 in pillar 1; nothing else says so.
  file = join(await mkdtemp(join(tmpdir(), 'psea-profiles-')), 'matrix.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Matrix');
  ws.addRow(HEADER);
  ws.addRow(matrixRow({ 'Rec #': 3, Pillar: 2, 'Evaluation ref.': '2.3' }));
  await wb.xlsx.writeFile(file);
});

const rules = (stdout: string) => JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule);

describe('psea profiles and --profile', () => {
  it('lists the bundled profiles, with what each sets', async () => {
    const { code, stdout } = await psea('profiles', '--lang', 'fr');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^iom-2023 {2}Évaluation externe PSEAH de l’OIM, 2023/m);
    expect(stdout).toContain('management-response: evaluation, pillars 5, criteria 7, units');
    expect((await psea('--help')).stdout).toContain('psea profiles');
  });

  it("applies a profile's settings only when asked", async () => {
    const plain = await psea('validate', file, '--format', 'json');
    expect(rules(plain.stdout)).not.toContain('management-response.pillar-range');
    const iom = await psea('validate', file, '--format', 'json', '--profile', 'iom-2023');
    expect(rules(iom.stdout)).toContain('management-response.pillar-range');
    expect(iom.code).toBe(1);
  });

  it('refuses an unknown profile in one line', async () => {
    const { code, stderr } = await psea('validate', file, '--profile', 'unicef-2019');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('psea: --profile must be one of iom-2023, not "unicef-2019"');
  });
});
