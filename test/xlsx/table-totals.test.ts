/**
 * A totals row is a number a coordinator reads as "the total": it may only add up rows that are disjoint parts
 * of one whole, never a row that is already the total, nor rows that share items (a recommendation with two
 * responsible units is in two unit rows). The Python oracle (test/oracle) checks every table sheet; these are
 * the cases that were wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { psea } from '../cli-run.js';

const EXAMPLE = 'examples/management-response/iom-pseah-2023.xlsx';
/** Two matrices that declare no evaluation id: each is an evaluation of its own, beside the example's iom-2023. */
const OTHERS = ['test/fixtures/openpyxl-matrix.xlsx', 'test/fixtures/matrice-openpyxl-fr.xlsx'];

async function workbookOf(...inputs: string[]): Promise<ExcelJS.Workbook> {
  const out = join(await mkdtemp(join(tmpdir(), 'psea-totals-')), 'out');
  const run = await psea('consolidate', ...inputs, '--out', out, '--report-only', '--quiet', '--as-of', '2026-11-23');
  expect(run.code, run.stderr).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(out, 'consolidated.xlsx'));
  return workbook;
}

let wb: ExcelJS.Workbook;
let three: ExcelJS.Workbook;
beforeAll(async () => {
  [wb, three] = await Promise.all([workbookOf('examples'), workbookOf(EXAMPLE, ...OTHERS)]);
});

const cached = (v: ExcelJS.CellValue) => (v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : (v ?? null));

/** Each row below the header as [evaluation, label, cached values…]: formulas read as the result Excel shows. */
function sheetRows(name: string, workbook = wb): unknown[][] {
  const ws = workbook.getWorksheet(name)!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.actualRowCount; r++)
    rows.push(Array.from((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1), cached));
  return rows;
}

/**
 * Every SUBTOTAL(109, Xa:Xb) of a sheet evaluated here as Excel does with no filter (the cells of the range added up,
 * the SUBTOTALs inside it skipped), against the result the file stores with it. Returns how many were checked.
 */
function checkSubtotals(ws: ExcelJS.Worksheet): number {
  let checked = 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { formula?: string; result?: number } | null;
      const m = v?.formula && /^SUBTOTAL\(109,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(v.formula);
      if (!m) return;
      let sum = 0;
      for (let r = Number(m[2]); r <= Number(m[4]); r++) {
        const inner = ws.getCell(`${m[1]}${r}`).value as { formula?: string } | number | null;
        if (typeof inner === 'number') sum += inner;
        else expect(inner?.formula ?? null, `${m[1]}${r} holds neither a count nor a SUBTOTAL`).toMatch(/^SUBTOTAL/);
      }
      // exceljs reads a stored <v>0</v> as no result: the oracle reads the stored values with openpyxl.
      expect(v.result ?? 0, `${ws.name}!${cell.address}`).toBe(sum);
      checked++;
    }),
  );
  return checked;
}

describe('totals rows of the table sheets', () => {
  it.each([
    ['acceptance', 'recommendations', [45, 15, 2, 62]],
    ['acceptance_by_point', 'points', [52, 14, 5, 71]],
  ])('%s shows its total of %s once, never twice that', (sheet, _what, counts) => {
    const labels = ['Accept', 'Partially accept', 'Not accept', 'total'];
    expect(sheetRows(sheet)).toEqual(labels.map((label, i) => ['iom-2023', label, counts[i]]));
  });

  it('status by unit has no totals row: its rows share recommendations (and key actions)', () => {
    for (const name of ['status_by_round.t2.by_unit', 'status_by_round.t3.by_unit']) {
      const rows = sheetRows(name);
      expect(rows.flatMap((r) => r.slice(0, 2))).not.toContain('Total');
      expect(rows.reduce((s, r) => s + Number(r[8]), 0)).toBeGreaterThan(62);
    }
    expect(sheetRows('key_actions_by_unit').flatMap((r) => r.slice(0, 2))).not.toContain('Total');
  });

  it('tables whose rows are parts of one whole keep their totals row', () => {
    expect(sheetRows('by_criterion').at(-1)).toEqual(['Total', null, 62]);
    expect(sheetRows('pillar_by_response').at(-1)).toEqual(['Total', null, 45, 15, 2, 62]);
    expect(sheetRows('by_pillar').at(-1)).toEqual(['Total', null, 62]);
  });
});

describe('one sheet per table, several evaluations in it', () => {
  it('puts each evaluation in one sheet per table, its rows together, instead of a sheet set each', () => {
    const names = three.worksheets.map((w) => w.name);
    expect(names.filter((n) => /^e\d+\./.test(n))).toEqual([]);
    expect(names.filter((n) => n === 'by_pillar' || n === 'acceptance')).toEqual(['acceptance', 'by_pillar']);
    expect(sheetRows('evaluations', three).map((r) => r[0])).toEqual([
      'iom-2023',
      'matrice-openpyxl-fr.xlsx',
      'openpyxl-matrix.xlsx',
    ]);
    const acceptance = sheetRows('acceptance', three);
    expect(acceptance.filter((r) => r[1] === 'total').map((r) => [r[0], r[2]])).toEqual([
      ['iom-2023', 62],
      ['matrice-openpyxl-fr.xlsx', 3],
      ['openpyxl-matrix.xlsx', 3],
    ]);
  });

  it("closes each evaluation's rows with its own total, and the table's totals row with them all", () => {
    const rows = sheetRows('by_pillar', three);
    expect(rows.filter((r) => r[1] === 'Total')).toEqual([
      ['iom-2023', 'Total', 62],
      ['matrice-openpyxl-fr.xlsx', 'Total', 3],
      ['openpyxl-matrix.xlsx', 'Total', 3],
    ]);
    // Filtering on an evaluation keeps its rows and its total row, the two evaluations' pillar 2 apart.
    expect(rows.filter((r) => r[0] === 'openpyxl-matrix.xlsx')).toEqual([
      ['openpyxl-matrix.xlsx', '1', 1],
      ['openpyxl-matrix.xlsx', '2', 1],
      ['openpyxl-matrix.xlsx', '3 – Survivor assistance', 1],
      ['openpyxl-matrix.xlsx', 'Total', 3],
    ]);
    expect(rows.at(-1)).toEqual(['Total', null, 68]);
    expect(sheetRows('acceptance', three).flatMap((r) => r.slice(0, 2))).not.toContain('Total');
  });

  it('stores with every SUBTOTAL the figure Excel computes from its range, nested subtotals skipped', () => {
    let checked = 0;
    for (const ws of three.worksheets) checked += checkSubtotals(ws);
    // Four tables that add up (by criterion, by pillar, pillar by response, the rounds by pillar), each with a row
    // per evaluation and the totals row: 52 SUBTOTALs in all.
    expect(checked).toBe(52);
  });
});
