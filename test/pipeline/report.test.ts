/**
 * The one report: its JSON as validate and findings.json write it, its counts, and validate and consolidate agreeing.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, buildReport, isUnreadable, type Finding } from '../../templates/index.js';
import { consolidate, validateFiles } from '../../pipeline/consolidate.js';
import { reportJson } from '../../pipeline/write/findings.js';
import { expandInputs } from '../../pipeline/inputs.js';
import { psea } from '../cli-run.js';

const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

function finding(i: number): Finding {
  return {
    rule: i % 2 ? 'management-response.unit-unknown' : 'cell.value-normalised',
    severity: i % 2 ? 'warning' : 'info',
    file: `f${i % 3}.xlsx`,
    sheet: 'Matrix',
    row: i + 2,
    message: `m"${i}\n`,
    params: { value: `v${i}` },
  };
}

describe('the report', () => {
  for (const n of [0, 1, 4999]) {
    it(`is written as JSON.stringify writes it, findings streamed (${n} findings)`, () => {
      const findings = Array.from({ length: n }, (_, i) => finding(i));
      const report = buildReport({
        lang: 'fr',
        inputs: [
          { file: 'f0.xlsx', read: true },
          { file: 'x.xlsx', read: false },
        ],
        findings,
        accounting: { read: 3, consolidated: 2, setAside: { blank: 1 } },
      });
      expect(reportJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
      expect(report.counts.findings).toBe(n);
      // Two counts of the same findings: by severity and by rule add up to the same total.
      expect(report.counts.error + report.counts.warning + report.counts.info).toBe(n);
      expect(report.byRule.reduce((s, r) => s + r.count, 0)).toBe(n);
      expect(report.valid).toBe(false); // an input was not read
    });
  }

  it('titles its rules in its language, most severe first', () => {
    const report = buildReport({
      lang: 'fr',
      inputs: [],
      findings: [finding(0), finding(1), finding(3)],
      accounting: { read: 0, consolidated: 0, setAside: {} },
    });
    expect(report.byRule).toEqual([
      { rule: 'management-response.unit-unknown', title: 'Code d’unité inconnu', severity: 'warning', count: 2 },
      { rule: 'cell.value-normalised', title: 'Valeur lue sous sa forme canonique', severity: 'info', count: 1 },
    ]);
  });

  it(
    'is the same for validate and consolidate, rule for rule, on the examples (but the ' + 'cross-file rules)',
    async () => {
      const { files } = await expandInputs(['examples']);
      const validated = await validateFiles(files, OPTIONS);
      const consolidated = await consolidate(files, OPTIONS, { workers: 0 });
      // The cross-file rules of every kind (mapping.conflict, partner-assessment.conflict…) need the whole batch.
      const batchOnly = new Set(KINDS.flatMap((k) => k.rules.batch.map((r) => r.id)));
      const key = (f: Finding) => `${f.rule} ${f.file} ${f.sheet} ${f.cell ?? f.row ?? ''} ${f.message}`;
      expect(validated.report.findings.map(key)).toEqual(
        consolidated.report.findings.filter((f) => !batchOnly.has(f.rule)).map(key),
      );
      expect(validated.report.accounting).toEqual(consolidated.report.accounting);
      expect(consolidated.report.findings.some((f) => batchOnly.has(f.rule))).toBe(true);
    },
  );

  it('validate --format json is the report, an unreadable file in it as a finding and an input not read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psea-report-'));
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, '');
    const result = await psea('validate', broken, '--format', 'json', '--lang', 'fr');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      formatVersion: 1,
      lang: 'fr',
      valid: false,
      inputs: [{ file: broken, read: false }],
    });
    expect(report.inputs[0].reason).toEqual({
      rule: 'read.empty',
      params: {},
      message: 'le fichier est vide (0 octet)',
    });
    expect(report.findings.filter(isUnreadable)).toEqual([
      expect.objectContaining({
        rule: 'read.empty',
        severity: 'error',
        file: broken,
        message: 'le fichier est vide (0 octet)',
      }),
    ]);
    expect(result.stderr.trim()).toBe(`${broken}: le fichier est vide (0 octet)`);
  });
});
