/**
 * Issue 7, rows 4, 7 and 8: macros are never run; long cells, formulas, error values, date systems
 * and numbers stored as text are read or reported precisely; hidden sheets and rows are reported
 * and their data kept. Every check runs through both readers, and the findings through the CLI.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseInput } from '../../pipeline/read/index.js';
import { KINDS, LANGS, analyseWorkbook, ruleById, type Finding, type WorkbookAnalysis } from '../../templates/index.js';
import { psea } from '../cli-run.js';
import * as corpus from '../fixtures/bad/xlsx-corpus.js';
import { freshDir, withEnv } from './xlsx-batch.js';

const READERS = [undefined, 'exceljs'] as const;

async function analyse(path: string, reader?: string): Promise<WorkbookAnalysis & { all: Finding[] }> {
  const bytes = await readFile(path);
  const result = analyseWorkbook(await withEnv({ PSEA_READER: reader }, () => parseInput(bytes, path, path)), KINDS, {
    lang: 'en',
    asOf: '2026-11-23',
  });
  return { ...result, all: [...result.sheets.flatMap((s) => s.findings), ...result.findings] };
}

const pick = (findings: Finding[], rule: string) =>
  findings
    .filter((f) => f.rule === rule)
    .map((f) => ({ severity: f.severity, sheet: f.sheet, cell: f.cell, row: f.row, value: f.value, params: f.params }));
const day = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10);

let dir: string;
let files: Record<'macros' | 'awkward' | 'plan1900' | 'plan1904' | 'hidden', string>;

beforeAll(async () => {
  dir = await freshDir('cells');
  files = {
    macros: await corpus.macroXlsm(dir),
    awkward: await corpus.awkwardCells(dir),
    plan1900: await corpus.datedPlan(dir, false),
    plan1904: await corpus.datedPlan(dir, true),
    hidden: await corpus.hiddenParts(dir),
  };
});

describe('awkward xlsx content (xlsx corpus)', () => {
  it('reads an .xlsm with a VBA project for its values only, noting that macros were not run', async () => {
    for (const reader of READERS) {
      const result = await analyse(files.macros, reader);
      expect(result.sheets[0].records.map((r) => r.values.recommendation)).toEqual([
        'Recommendation 1',
        'Recommendation 2',
      ]);
      expect(result.all.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info workbook.macros-ignored']);
    }
  });

  it('keeps a cell over 32,767 characters whole and names it', async () => {
    for (const reader of READERS) {
      const result = await analyse(files.awkward, reader);
      expect(pick(result.all, 'cell.too-long')).toEqual([
        {
          severity: 'warning',
          sheet: 'Matrix',
          cell: 'F2',
          row: 2,
          value: undefined,
          params: { cell: 'F2', length: 41_400, limit: 32_767 },
        },
      ]);
      expect(result.sheets[0].records[0].values.recommendation).toBe(corpus.LONG_TEXT);
      // Digits grouped as the reader's language writes them.
      expect(result.all.find((f) => f.rule === 'cell.too-long')!.message).toMatch(/holds 41,400 .*\(32,767\)/);
    }
  });

  it('reads formulas as their cached result; one without a cached result reads as empty', async () => {
    for (const reader of READERS) {
      const records = (await analyse(files.awkward, reader)).sheets[0].records;
      expect(records[1].values.key_actions).toBe('Brief staff');
      expect(records[3].values.comment_t2).toBeNull();
    }
  });

  it('names each cell holding an Excel error and reads it as empty, never as text', async () => {
    for (const reader of READERS) {
      const result = await analyse(files.awkward, reader);
      expect(pick(result.all, 'cell.error-value').map((f) => [f.cell, f.value, f.severity])).toEqual([
        ['I4', '#N/A', 'warning'],
        ['K4', '#REF!', 'warning'],
        ['K5', '#DIV/0!', 'warning'],
      ]);
      const records = result.sheets[0].records;
      expect([
        records[2].values.support_units,
        records[2].values.response_rationale,
        records[3].values.response_rationale,
      ]).toEqual([null, null, null]);
      expect(result.accounting).toEqual({ read: 4, consolidated: 4, setAside: {} });
    }
  });

  it('reads a number stored as text where a number is expected', async () => {
    for (const reader of READERS) {
      const result = await analyse(files.awkward, reader);
      expect(result.sheets[0].records.map((r) => r.values.rec_no)).toEqual([1, 2, 3, 4]);
      expect(result.all.filter((f) => f.rule.startsWith('management-response.'))).toEqual([]);
    }
  });

  it('reads dates the same in the 1900 and 1904 date systems, and dates stored as text', async () => {
    for (const reader of READERS) {
      for (const path of [files.plan1900, files.plan1904]) {
        const result = await analyse(path, reader);
        const records = result.sheets[0].records;
        expect(
          records.map((r) => [day(r.values.start), day(r.values.due)]),
          path,
        ).toEqual([
          ['2027-01-10', '2027-02-15'],
          ['2027-01-20', '2027-03-01'],
        ]);
        expect(
          result.all.filter((f) => /date/.test(f.rule)),
          path,
        ).toEqual([]);
      }
    }
  });

  it('reports hidden sheets and rows, and keeps their data', async () => {
    for (const reader of READERS) {
      const result = await analyse(files.hidden, reader);
      expect(pick(result.all, 'sheet.hidden')).toEqual([
        {
          severity: 'warning',
          sheet: 'Matrix (old)',
          cell: undefined,
          row: undefined,
          value: undefined,
          params: { sheet: 'Matrix (old)', state: 'hidden' },
        },
      ]);
      expect(pick(result.all, 'sheet.hidden-rows')).toEqual([
        { severity: 'info', sheet: 'Matrix', cell: undefined, row: 3, value: undefined, params: { rows: '3–4' } },
      ]);
      expect(result.accounting).toEqual({ read: 5, consolidated: 5, setAside: {} });
      expect(result.sheets.flatMap((s) => s.records.map((r) => r.values.recommendation))).toEqual([
        'Visible 1',
        'Visible 2',
        'Visible 3',
        'Visible 4',
        'Hidden 1',
      ]);
    }
  });

  it('has every new message in English, French and Spanish', () => {
    const rules = ['sheet.hidden', 'sheet.hidden-rows', 'cell.too-long', 'cell.error-value', 'workbook.macros-ignored'];
    for (const rule of rules)
      for (const lang of LANGS) expect(ruleById(rule)?.messages[lang], `${rule} ${lang}`).toMatch(/\S/);
  });

  it('shows the same findings through the CLI, and consolidates every file', async () => {
    const result = await psea('validate', dir, '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const { findings } = JSON.parse(result.stdout) as { findings: Finding[] };
    const seen = findings.map((f) => `${f.file.split('/').pop()} ${f.rule} ${f.cell ?? f.row ?? f.sheet}`).sort();
    expect(seen).toEqual([
      'awkward.xlsx cell.error-value I4',
      'awkward.xlsx cell.error-value K4',
      'awkward.xlsx cell.error-value K5',
      'awkward.xlsx cell.too-long F2',
      'hidden.xlsx sheet.hidden Matrix (old)',
      'hidden.xlsx sheet.hidden-rows 3',
      'macros.xlsm workbook.macros-ignored ',
    ]);
    const out = await freshDir('cells-out');
    const consolidated = await psea('consolidate', dir, '--out', out);
    expect(consolidated.code, consolidated.stderr).toBe(0);
    expect(consolidated.stdout).toMatch(/rows read 15 = consolidated 15 \+ set aside 0/);
  });
});
