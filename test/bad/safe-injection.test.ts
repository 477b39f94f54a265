/**
 * No CSV/formula injection (OWASP): formula payloads planted in every field of every kind, in sheet names and in
 * the file name come out of findings.csv, the --csv/--hxl exports and every sheet of consolidated.xlsx as literal
 * text, and the only formulas in the workbook are the ones the writer makes (HYPERLINK links, SUBTOTAL totals).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { psea } from '../cli-run.js';
import { neutralise, neutraliseText, isFormulaLike } from '../../templates/core/neutralise.js';
import { csvCell } from '../../pipeline/write/csv-cell.js';
import { HEADER, matrixRow } from '../helpers.js';
import { FORMULA_PAYLOADS, writePayloadWorkbook } from './safe-fixtures.js';

const OWN_FORMULA = /^(HYPERLINK\("#|SUBTOTAL\(109,)/;

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psea-safe-inj-'));
  out = join(dir, 'out');
  // A matrix row with a real negative number in a numeric field, beside the payload sheets.
  const negative = [[], ...[matrixRow({ 'Rec #': -5, Recommendation: 'Negative on purpose' })]];
  await writePayloadWorkbook(join(dir, '=HYPERLINK(1) @evil.xlsx'), FORMULA_PAYLOADS, [[HEADER, ...negative.slice(1)]]);
  const run = await psea('consolidate', dir, '--out', out, '--csv', '--hxl', '--report-only', '--quiet');
  expect(run.stderr).toBe('');
});

describe('neutralise', () => {
  it('prefixes text starting with = + - @ tab or CR, and nothing else', () => {
    for (const p of FORMULA_PAYLOADS) expect(neutraliseText(p)).toBe(`'${p}`);
    for (const ok of ['Accept', ' =1', "'=1", '1-1', 'a=b', '', '(+)', '#REF!']) expect(neutraliseText(ok)).toBe(ok);
    expect(isFormulaLike('\r=1')).toBe(true);
  });
  it('leaves numbers, booleans, dates and blanks alone: -5 stays the number -5', () => {
    const date = new Date('2026-01-02');
    expect([neutralise(-5), neutralise(true), neutralise(date), neutralise(null)]).toEqual([-5, true, date, null]);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(new Date(Number.NaN))).toBe('');
  });
});

/**
 * Every text a reader gets back: none may start a formula unless it is neutralised (starts with '). A CSV has no
 * types, so a real number's "-5" is allowed there: it evaluates to itself.
 */
function dangerous(texts: readonly string[], plainNumbers = false): string[] {
  return texts.filter((t) => isFormulaLike(t) && !(plainNumbers && /^-\d+(\.\d+)?$/.test(t)));
}

describe('CSV outputs', () => {
  it(
    'findings.csv and every records/table CSV hold no formula-like text, and the payloads are ' + 'there, prefixed',
    async () => {
      const files = (await readdir(out)).filter((f) => f.endsWith('.csv'));
      expect(files).toEqual(
        expect.arrayContaining([
          'findings.csv',
          'records-management-response.csv',
          'records-mapping.csv',
          'records-action-plan.csv',
        ]),
      );
      const all: string[] = [];
      for (const file of files) {
        const text = (await readFile(join(out, file), 'utf8')).replace(/^\uFEFF/, '');
        const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true, delimiter: ',' });
        expect(parsed.errors, file).toEqual([]);
        const cells = parsed.data.flat();
        expect(dangerous(cells, true), file).toEqual([]);
        all.push(...cells);
      }
      for (const p of ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", '@SUM(1)', '+1+1', '-1-1', '\t=1'])
        expect(all, p).toContain(`'${p}`);
      expect(all.some((c) => c.startsWith("'=HYPERLINK(1) @evil.xlsx") || c.includes('=HYPERLINK(1) @evil.xlsx'))).toBe(
        true,
      );
    },
  );

  it('keeps a real negative number numeric in records', async () => {
    const text = (await readFile(join(out, 'records-management-response.csv'), 'utf8')).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.recommendation === 'Negative on purpose')?.rec_no).toBe('-5');
  });
});

describe('consolidated.xlsx', () => {
  it('has no formula but its own, and no text cell that starts a formula, on any sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'consolidated.xlsx'));
    const texts: string[] = [];
    const formulas: string[] = [];
    let negative: unknown;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellValue;
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push((v as ExcelJS.CellFormulaValue).formula);
          else if (typeof v === 'string') texts.push(v);
          else if (v && typeof v === 'object' && 'richText' in v) texts.push(v.richText.map((r) => r.text).join(''));
          if (ws.name === 'management-response' && cell.value === 'Negative on purpose')
            negative = row.getCell(4).value;
        }),
      );
    }
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => !OWN_FORMULA.test(f))).toEqual([]);
    expect(dangerous(texts)).toEqual([]);
    for (const p of ['=HYPERLINK("http://x","y")', '@SUM(1)', '+1+1', '-1-1', '+41 22 917 1234'])
      expect(texts, p).toContain(`'${p}`);
    expect(texts.some((t) => t.startsWith("'=HYPERLINK(1) @evil.xlsx"))).toBe(true); // the About sheet's input name
    expect(negative).toBe(-5);
  });
});
