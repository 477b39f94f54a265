/**
 * The corpus consolidated by the CLI, as a user runs it: the two partner-assessment files across agencies (the
 * conflict naming both files, each partner's latest assessment and the tables expected.json gives), and the Python
 * oracle recounting every table of all 12 files from consolidated.xlsx, checking the sheets and the dashboard.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { psea } from '../cli-run.js';
import { CORPUS, EXPECTED } from './corpus-expected.js';

const PYTHON = '/usr/bin/python3';
const files = (names: string[]) => names.map((n) => join(CORPUS, 'files', n));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-inter-'));
});

describe('the inter-agency corpus consolidated', () => {
  it('assessments across two agencies: the conflict names both files, the latest assessment counts', async () => {
    const across = EXPECTED.across_partner_assessments;
    const out = join(dir, 'partners');
    const run = await psea('consolidate', ...files(across.files), '--out', out, '--as-of', EXPECTED.as_of, '--quiet');
    expect(run.code).toBe(1); // the files carry planted errors
    const tables = JSON.parse(await readFile(join(out, 'tables.json'), 'utf8'))['partner-assessment'];
    const latest = Object.fromEntries(
      tables.assessments
        .filter((a: { latest: string }) => a.latest === 'yes')
        .map((a: { partner: string; risk: string }) => [a.partner, a.risk === 'not rated' ? null : a.risk]),
    );
    expect(latest).toEqual(across.latest_by_partner);
    expect(Object.keys(latest)).toHaveLength(across.partners);
    expect(tables.partners_by_risk).toEqual(across.partners_by_risk);
    expect(
      Object.fromEntries(
        Object.entries(tables.by_agency).map(([a, e]) => [a, (e as { assessments: number }).assessments]),
      ),
    ).toEqual(across.assessments_by_agency);
    expect(tables.expiring.map((e: { partner: string }) => e.partner)).toEqual(across.expiring);
    expect(tables.standards_not_met).toEqual(across.standards_not_met.counts);
    const report = JSON.parse(await readFile(join(out, 'findings.json'), 'utf8'));
    const conflicts = report.findings.filter((f: { rule: string }) => f.rule === 'partner-assessment.conflict');
    expect(conflicts).toHaveLength(across.conflicts.length);
    const [conflict] = across.conflicts;
    expect(conflicts[0].cell).toBe(conflict.cells[1]);
    for (const file of conflict.files) expect(conflicts[0].message).toContain(file);
  });

  it('the oracle recounts every table of the 12 files, the table sheets and the dashboard', async () => {
    const out = join(dir, 'all');
    const names = Object.keys(EXPECTED.files);
    await psea('consolidate', ...files(names), '--out', out, '--as-of', EXPECTED.as_of, '--report-only', '--quiet');
    const facts = join(process.cwd(), 'test/corpus/management-response/seed/seed-facts.json');
    const oracle = join(process.cwd(), 'test/oracle/oracle.py');
    const run = spawnSync(PYTHON, ['-B', oracle, out, '--as-of', EXPECTED.as_of, '--facts', facts], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([]);
    expect(lines.at(-1)).toMatch(/oracle: \d+ comparisons, 0 mismatch\(es\)/);
    // No focal point's name, e-mail or phone in the dashboard: counts only.
    const html = await readFile(join(out, 'dashboard.html'), 'utf8');
    for (const personal of ['Amina Diallo', 'jean.martin@oim', '+999 20 000 0101', 'Salimata Ndiaye'])
      expect(html).not.toContain(personal);
  });
});
