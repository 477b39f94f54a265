/**
 * Every number checked by a second path: test/oracle/oracle.py (Python + openpyxl, apart from our TypeScript)
 * counts every table again from the records sheets of consolidated.xlsx and compares tables.json, the table sheets
 * and the dashboard with it, on the bundled examples and on a generated batch; check_localised.py then checks the
 * French and Spanish outputs against the English ones (each pillar and criterion by the name its localised records
 * give, the same figures). The breaking tests change outputs on purpose, so each check is seen to fail.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { psea } from '../cli-run.js';
import { SEED_FACTS } from '../corpus/management-response/generate/paths.js';
import { writeOracleBatch } from './batch.js';

const PYTHON = '/usr/bin/python3';
const ORACLE = join(process.cwd(), 'test/oracle/oracle.py');
const AS_OF = '2026-11-23';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
if (!hasOpenpyxl && process.env.CI === 'true') throw new Error('CI needs python3-openpyxl (.ci/run installs it)');
if (!hasOpenpyxl)
  console.warn('\n*** oracle SKIPPED: no openpyxl; install it with apt-get install python3-openpyxl ***\n');

function oracle(out: string): { code: number | null; lines: string[] } {
  const run = spawnSync(PYTHON, ['-B', ORACLE, out, '--as-of', AS_OF, '--facts', SEED_FACTS], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return { code: run.status, lines: run.stdout.trim().split('\n') };
}

/** The French or Spanish outputs against the English ones of the same inputs (check_localised.py). */
function localised(out: string, english: string): { code: number | null; lines: string[] } {
  const script = join(process.cwd(), 'test/oracle/check_localised.py');
  const run = spawnSync(PYTHON, ['-B', script, out, english], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return { code: run.status, lines: run.stdout.trim().split('\n') };
}

/** "oracle: 2655 comparisons, 0 mismatch(es)" → [2655, 0] */
function summary(lines: string[]): number[] {
  const m = /^(?:oracle|check_localised): (\d+) comparisons, (\d+) mismatch/.exec(lines.at(-1) ?? '');
  expect(m, lines.join('\n')).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

async function consolidate(inputs: string, out: string, ...more: string[]): Promise<void> {
  const run = await psea('consolidate', inputs, '--out', out, '--as-of', AS_OF, '--report-only', '--quiet', ...more);
  expect(run.code, run.stderr).toBe(0);
}

let dir: string;
let examples: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-oracle-'));
  examples = join(dir, 'examples-out');
  await consolidate('examples', examples);
});

describe.skipIf(!hasOpenpyxl)('the oracle', () => {
  it('agrees with tables.json, the table sheets and the dashboard on the bundled examples', () => {
    const { code, lines } = oracle(examples);
    expect(lines.slice(0, -1)).toEqual([]);
    expect(code).toBe(0);
    expect(summary(lines)[0]).toBeGreaterThan(2000);
  });

  it('agrees on a generated batch of matrices in every layout, mappings and workplans', async () => {
    const batch = await writeOracleBatch(dir);
    const out = join(dir, 'batch-out');
    await consolidate(batch, out);
    const { code, lines } = oracle(out);
    expect(lines.slice(0, -1)).toEqual([]);
    expect(code).toBe(0);
    const tables = JSON.parse(await readFile(join(out, 'tables.json'), 'utf8'));
    expect(Object.keys(tables).sort()).toEqual(['action-plan', 'management-response', 'mapping']);
    // Each matrix file is an evaluation of its own, but the two trackers that declare EVAL-TRACK are one.
    const evaluations = tables['management-response'].evaluations as Record<string, { acceptance: { total: number } }>;
    expect(Object.keys(evaluations).sort()).toEqual([
      'EVAL-TRACK',
      'matrix-0.xlsx',
      'matrix-1.xlsx',
      'matrix-2.xlsx',
      'matrix-3.xlsx',
      'matrix-4.csv',
      'tracker-2.xlsx',
    ]);
    expect(Object.values(evaluations).reduce((n, e) => n + e.acceptance.total, 0)).toBeGreaterThan(100);
    expect(evaluations['EVAL-TRACK'].acceptance.total).toBe(8 + 11);
    // The trackers' key actions, dated rounds and overdue list are there for the oracle to recount.
    const track = tables['management-response'].evaluations['EVAL-TRACK'];
    expect(Object.keys(track.status_by_round)).toEqual(['2025-06', '2025-12']);
    expect(track.key_actions_by_status.total).toBeGreaterThan(20);
    expect(track.overdue_key_actions.length).toBeGreaterThan(2);
    expect(summary(lines)[0]).toBeGreaterThan(2500);
  });

  it('fails when tables.json says another number', async () => {
    const broken = join(dir, 'broken-json');
    await cp(examples, broken, { recursive: true });
    const path = join(broken, 'tables.json');
    const tables = JSON.parse(await readFile(path, 'utf8'));
    tables['management-response'].evaluations['iom-2023'].acceptance.Accept += 1;
    tables.mapping.in_place_by_area.Prevention.in_place -= 1;
    await writeFile(path, JSON.stringify(tables));
    const { code, lines } = oracle(broken);
    expect(code).toBe(1);
    expect(lines).toContain(
      'tables.json management-response.evaluations.iom-2023.acceptance.Accept: 46, the records give 45',
    );
    expect(lines).toContain('tables.json mapping.in_place_by_area.Prevention.in_place: 16, the records give 17');
    // the sheets are checked against tables.json, so they now disagree with it too
    expect(summary(lines)[1]).toBeGreaterThanOrEqual(4);
  });

  it('fails when the dashboard shows another number', async () => {
    const broken = join(dir, 'broken-dashboard');
    await cp(examples, broken, { recursive: true });
    const path = join(broken, 'dashboard.html');
    const html = await readFile(path, 'utf8');
    const changed = html.replace('["Not accept",2,5]', '["Not accept",2,4]');
    expect(changed).not.toBe(html);
    await writeFile(path, changed);
    const { code, lines } = oracle(broken);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual([
      "dashboard iom-2023 acceptance row 'Not accept' column 3: 4, the records give 5",
    ]);
  });

  it('fails when a record row changes under the tables (the counts come from the records sheet)', async () => {
    const broken = join(dir, 'broken-records');
    await cp(examples, broken, { recursive: true });
    const xlsx = join(broken, 'consolidated.xlsx');
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb["management-response"]',
      'col = [c.value for c in ws[1]].index("response") + 1',
      'row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == "Not accept" and ws.cell(r, ' +
        '5).value is None)',
      'ws.cell(row, col).value = "Accept"',
      'wb.save(sys.argv[1])',
    ].join('\n');
    expect(spawnSync(PYTHON, ['-c', script, xlsx], { encoding: 'utf8' }).stderr).toBe('');
    const { code, lines } = oracle(broken);
    expect(code).toBe(1);
    expect(lines).toContain(
      'tables.json management-response.evaluations.iom-2023.acceptance.Accept: 45, the records give 46',
    );
  });

  it("fails when an evaluation's total row, or a row of another evaluation, says another number", async () => {
    const out = join(dir, 'three-out');
    const three = [
      'examples/management-response/iom-pseah-2023.xlsx',
      'test/fixtures/openpyxl-matrix.xlsx',
      'test/fixtures/matrice-openpyxl-fr.xlsx',
    ];
    const run = await psea('consolidate', ...three, '--out', out, '--as-of', AS_OF, '--report-only', '--quiet');
    expect(run.code, run.stderr).toBe(0);
    expect(oracle(out).lines.slice(0, -1)).toEqual([]);
    const script = [
      'import sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'ws = wb["by_pillar"]',
      'rows = list(ws.iter_rows(min_row=2))',
      'next(r for r in rows if r[0].value == "openpyxl-matrix.xlsx" and r[1].value == "Total")[2].value = 4',
      'next(r for r in rows if r[0].value == "matrice-openpyxl-fr.xlsx" and r[1].value != "Total")[2].value = 2',
      'wb.save(sys.argv[1])',
    ].join('\n');
    expect(spawnSync(PYTHON, ['-c', script, join(out, 'consolidated.xlsx')], { encoding: 'utf8' }).stderr).toBe('');
    const { code, lines } = oracle(out);
    expect(code).toBe(1);
    expect(lines.slice(0, -1)).toEqual([
      'consolidated.xlsx › by_pillar row 8 count: 2, the records give 3',
      'consolidated.xlsx › by_pillar row 13 Total count: 4, the records give 3',
    ]);
  });

  it('agrees that French and Spanish outputs show pillars and criteria by name, with the same figures', async () => {
    for (const lang of ['fr', 'es']) {
      const out = join(dir, `examples-${lang}`);
      await consolidate('examples', out, '--lang', lang);
      const { code, lines } = localised(out, examples);
      expect(lines.slice(0, -1)).toEqual([]);
      expect(code).toBe(0);
      expect(summary(lines)[0]).toBeGreaterThan(300);
    }
  });

  it('fails when a French page shows a pillar under another pillar’s name', async () => {
    const out = join(dir, 'examples-fr');
    const broken = join(dir, 'broken-fr');
    await cp(out, broken, { recursive: true });
    const path = join(broken, 'dashboard.html');
    const html = await readFile(path, 'utf8');
    const changed = html.replace('"1 – Leadership et culture organisationnelle"', '"1 – Partenariat et coordination"');
    expect(changed).not.toBe(html);
    await writeFile(path, changed);
    const { code, lines } = localised(broken, examples);
    expect(code).toBe(1);
    expect(lines).toContain(
      "dashboard iom-2023 pillar_by_response chart: names: ['1 – Partenariat et coordination', " +
        "'2 – Redevabilité institutionnelle et transparence', '3 – Communication, renforcement des capacités et " +
        "changement de comportement', '4 – Assistance aux victimes de qualité et accessible', " +
        "'5 – Partenariat et coordination'], the records give ['1 – Leadership et culture organisationnelle', " +
        "'2 – Redevabilité institutionnelle et transparence', '3 – Communication, renforcement des capacités et " +
        "changement de comportement', '4 – Assistance aux victimes de qualité et accessible', " +
        "'5 – Partenariat et coordination']",
    );
  });
});
