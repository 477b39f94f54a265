import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp, writeFile, readFile, readdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';
import { HEADER, matrixRow } from '../helpers.js';

async function xlsx(path: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Matrix');
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path);
  return path;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-cli-'));
});

describe('psea CLI', () => {
  it('exits 0 on a clean file and 1 when errors are found', async () => {
    const good = await xlsx(join(dir, 'good.xlsx'), [HEADER, matrixRow({ 'Support from': 'PSEAH' })]);
    const bad = await xlsx(join(dir, 'bad.xlsx'), [HEADER, matrixRow({ 'Management response': 'Maybe' })]);
    expect((await psea('validate', good)).code).toBe(0);
    const result = await psea('validate', bad, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ formatVersion: 1, valid: false, counts: { error: 1 } });
    expect(
      report.findings.find((f: { rule: string }) => f.rule === 'management-response.response-value'),
    ).toMatchObject({
      file: bad,
      sheet: 'Matrix',
      cell: 'J2',
    });
  });

  it('reports an unreadable file on one line, goes on with the others, and exits 2', async () => {
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'this is not a zip');
    const good = await xlsx(join(dir, 'good2.xlsx'), [HEADER, matrixRow({ 'Support from': 'PSEAH' })]);
    const before = await readFile(broken);
    const out = join(dir, 'out');
    const result = await psea('consolidate', broken, good, '--out', out);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/broken\.xlsx: a text file, not an xlsx workbook/);
    expect(result.stdout).toMatch(/rows read 1 = consolidated 1 \+ set aside 0/);
    expect(await readFile(broken)).toEqual(before);
    expect((await readdir(out)).sort()).toEqual([
      '.psea-output',
      'consolidated.xlsx',
      'dashboard.html',
      'findings.csv',
      'findings.json',
      'records.json',
      'tables.json',
    ]);
  });

  it('rejects wrong usage with exit 2 and one line', async () => {
    const result = await psea('consolidate', 'x.xlsx');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('psea: consolidate needs --out DIR');
    expect((await psea('validate', 'x.xlsx', '--lang', 'de')).stderr).toMatch(/--lang must be en, fr or es/);
  });

  it('reads CSV with a BOM and semicolons, as Excel in French writes it', async () => {
    const csv = join(dir, 'matrice.csv');
    const header = ['N°', 'Recommandation', 'Réponse de la direction', 'Unité(s) responsable(s)', 'Actions clés'];
    await writeFile(csv, '\uFEFF' + [header.join(';'), '1;Clarifier le rôle;Acceptée;PSEAH;Briefings'].join('\r\n'));
    const result = await psea('validate', csv, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('writes a blank template in each language that reads back, filled, with no errors or warnings', async () => {
    for (const lang of ['en', 'fr', 'es']) {
      const path = join(dir, `template-${lang}.xlsx`);
      expect((await psea('template', 'management-response', '--out', path, '--lang', lang)).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const sheet = wb.worksheets[0];
      const lists = wb.getWorksheet('Lists')!;
      expect(lists.state).toBe('hidden');
      const responseCol = (sheet.getRow(2).values as string[]).findIndex(
        (v) => v === { en: 'Management response', fr: 'Réponse de la direction', es: 'Respuesta de la gerencia' }[lang],
      );
      expect(sheet.getCell(3, responseCol).dataValidation.formulae?.[0]).toMatch(/^Lists!\$A\$2:\$A\$\d+$/);
      const accept = lists.getCell(2, 1).value as string;
      const values = [
        1,
        null,
        1,
        null,
        '2.1',
        'Clarify the role',
        null,
        'PSEAH',
        'PSEAH',
        accept,
        null,
        'Briefings',
        'Q1 2027',
        null,
        null,
        null,
        null,
      ];
      sheet.getRow(3).values = values;
      const filled = join(dir, `filled-${lang}.xlsx`);
      await wb.xlsx.writeFile(filled);
      const result = await psea('validate', filled, '--format', 'json');
      const { findings } = JSON.parse(result.stdout);
      expect(findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
      expect(findings).toEqual([]);
      // Its Settings sheet explains each row type with an example left inactive, in the template's language.
      const settings = wb.getWorksheet('Settings')!;
      const types = settings.getColumn(1).values.slice(1).map(String);
      expect(types.filter((t) => t.startsWith('#') && !t.startsWith('# ')).length).toBe(9);
      expect(types).toContain({ en: 'type', fr: 'type', es: 'tipo' }[lang]);
    }
  });

  it('never modifies its inputs', async () => {
    const source = await xlsx(join(dir, 'input.xlsx'), [HEADER, matrixRow({ 'Management response': 'Agree' })]);
    const copy = join(dir, 'input-copy.xlsx');
    await copyFile(source, copy);
    await psea('consolidate', source, '--out', join(dir, 'out2'));
    expect(await readFile(source)).toEqual(await readFile(copy));
  });
});

describe('published alias table', () => {
  it('templates/ALIASES.md is what the definitions say (regenerate: npm run docs:aliases)', async () => {
    const { stdout } = await psea('aliases', '--format', 'md');
    expect(await readFile(join(process.cwd(), 'templates/ALIASES.md'), 'utf8')).toBe(stdout);
  });
});

describe('inputs', () => {
  it('takes folders and globs, xlsx and csv, and names a pattern that matched nothing', async () => {
    const folder = join(dir, 'batch');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await xlsx(join(folder, 'a.xlsx'), [HEADER, matrixRow({ 'Rec #': 1 })]);
    await xlsx(join(folder, 'sub', 'b.xlsx'), [HEADER, matrixRow({ 'Rec #': 2, 'Evaluation ref.': '2.2' })]);
    await writeFile(
      join(folder, 'c.csv'),
      [
        HEADER.join(','),
        matrixRow({ 'Rec #': 3, 'Evaluation ref.': '2.3' })
          .map((v) => v ?? '')
          .join(','),
      ].join('\n'),
    );
    await writeFile(join(folder, 'readme.txt'), 'not an input');
    const viaFolder = await psea('consolidate', folder, '--out', join(dir, 'o1'), '--report-only');
    expect(viaFolder.stdout).toMatch(/^3 files · rows read 3 = consolidated 3/m);
    const viaGlob = await psea(
      'consolidate',
      `${folder}/**/*.xlsx`,
      `${folder}/nothing-*.xlsx`,
      '--out',
      join(dir, 'o2'),
      '--report-only',
    );
    expect(viaGlob.stdout).toMatch(/^2 files/m);
    expect(viaGlob.stderr).toMatch(/nothing-\*\.xlsx: no \.xlsx or \.csv file found/);
    expect(viaGlob.code).toBe(2);
  });
});
