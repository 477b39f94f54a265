/**
 * Issue 15, file names and what the outputs hold. Before this change: a file name of 130 quotes gave a
 * HYPERLINK formula whose text literal was cut inside a doubled quote (unterminated); a newline in a file
 * name split its one-line error in two; NaN reached consolidated.xlsx as a number and openpyxl could not
 * open the file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formulaText } from '../../pipeline/write/xlsx-rows.js';
import { freshDir } from '../bad/xlsx-batch.js';
import * as hostile from '../fixtures/hostile/files.js';
import { matrixRow, HEADER } from '../helpers.js';
import { rowsXml } from '../fixtures/hostile/workbook.js';
import { pseaBounded } from './bounded.js';

/** A formula string literal: quotes only doubled inside. */
const LITERAL = /^"((?:[^"]|"")*)"$/;
const HYPERLINK = /^HYPERLINK\(("(?:[^"]|"")*"),("(?:[^"]|"")*")\)$/;

let dir: string;
/** A matrix with one finding on a record (an unknown response), so the Findings sheet links to it. */
const withFinding = () =>
  hostile.matrixPackage(
    rowsXml([HEADER, matrixRow({ 'Rec #': 1, 'Evaluation ref.': '2.1', 'Management response': 'Maybe' })]),
  );

beforeAll(async () => {
  dir = await freshDir('hostile-names');
});

describe('text inside a formula', () => {
  it('is cut after escaping, never inside a doubled quote or a surrogate pair', () => {
    for (const text of ['"'.repeat(130), `a${'"'.repeat(239)}`, '😀'.repeat(200), 'plain', `x\ny${'"'.repeat(300)}`]) {
      const literal = `"${formulaText(text)}"`;
      expect(literal, text.slice(0, 20)).toMatch(LITERAL);
      expect(literal.length).toBeLessThanOrEqual(242);
      expect(literal).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      expect(literal).not.toContain('\n');
    }
    expect(formulaText('say "hi"')).toBe('say ""hi""');
  });

  it('a file named with 130 quotes gets a well-formed HYPERLINK in the Findings sheet', async () => {
    const path = await hostile.save(dir, `${'"'.repeat(130)}.xlsx`, withFinding());
    const out = join(dir, 'out-quotes');
    const run = await pseaBounded(30_000, ['consolidate', path, '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
    const formulas: string[] = [];
    workbook.getWorksheet('Findings')!.eachRow((row) =>
      row.eachCell((cell) => {
        const f = (cell.value as { formula?: string } | null)?.formula;
        if (f) formulas.push(f);
      }),
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(HYPERLINK);
  });
});

describe('one-line messages', () => {
  it('a newline in a file name is an escape, not a second line, on stderr and stdout', async () => {
    const unreadable = await hostile.save(dir, 'two\nlines.xlsx', 'not a workbook at all\n');
    const readable = await hostile.save(dir, 'bad\nname.xlsx', withFinding());
    const run = await pseaBounded(30_000, ['validate', unreadable, readable]);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${join(dir, 'two\\nlines.xlsx')}: a text file, not an xlsx workbook`,
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^2 files: [1-9]\d* errors?,/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^(ERROR|WARNING|INFO) {1,3}\S.*bad\\nname\.xlsx/);
  });

  it('so is a newline in the notices of the folder walk', async () => {
    const missing = join(dir, 'no\nsuch*.xlsx');
    const readable = await hostile.save(dir, 'read\nme.xlsx', withFinding());
    const run = await pseaBounded(30_000, ['validate', missing, readable]);
    expect(run.stderr.trimEnd().split('\n')).toEqual([`${join(dir, 'no\\nsuch*.xlsx')}: no .xlsx or .csv file found`]);
  });
});

describe('numbers consolidated.xlsx holds', () => {
  it('are finite: a workbook with NaN and Infinity cells consolidates into a file openpyxl opens', async () => {
    const path = await hostile.save(dir, 'not-finite.xlsx', hostile.nonFiniteNumbers());
    const out = join(dir, 'out-nan');
    const run = await pseaBounded(30_000, ['consolidate', path, '--out', out, '--quiet']);
    expect(run.code, run.stderr).not.toBe(2);
    const script = [
      'import json, math, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'odd = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row',
      '       if isinstance(c.value, float) and not math.isfinite(c.value)]',
      'print(json.dumps({"sheets": wb.sheetnames, "odd": odd}))',
    ].join('\n');
    const result = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, join(out, 'consolidated.xlsx')], { encoding: 'utf8' }),
    ) as { sheets: string[]; odd: string[] };
    expect(result.sheets).toContain('management-response');
    expect(result.odd).toEqual([]);
  });
});
