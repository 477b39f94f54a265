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

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'psea-totals-')), 'out');
  const run = await psea('consolidate', 'examples', '--out', out, '--report-only', '--quiet', '--as-of', '2026-11-23');
  expect(run.code, run.stderr).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'consolidated.xlsx'));
});

/** Each row below the header as [label, cached values…]: formulas read as the result Excel shows. */
function sheetRows(name: string): unknown[][] {
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.actualRowCount; r++) {
    const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    rows.push(values.map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)));
  }
  return rows;
}

describe('totals rows of the table sheets', () => {
  it.each([
    ['acceptance', 'recommendations', [45, 15, 2, 62]],
    ['acceptance_by_point', 'points', [52, 14, 5, 71]],
  ])('%s shows its total of %s once, never twice that', (sheet, _what, counts) => {
    const labels = ['Accept', 'Partially accept', 'Not accept', 'total'];
    expect(sheetRows(sheet)).toEqual(labels.map((label, i) => [label, counts[i]]));
  });

  it('status by unit has no totals row: its rows share recommendations (and key actions)', () => {
    for (const name of ['status_by_round.t2.by_unit', 'status_by_round.t3.by_unit']) {
      const rows = sheetRows(name);
      expect(rows.map((r) => r[0])).not.toContain('Total');
      expect(rows.reduce((s, r) => s + Number(r[7]), 0)).toBeGreaterThan(62);
    }
    expect(sheetRows('key_actions_by_unit').map((r) => r[0])).not.toContain('Total');
  });

  it('tables whose rows are parts of one whole keep their totals row', () => {
    expect(sheetRows('by_criterion').at(-1)).toEqual(['Total', 62]);
    expect(sheetRows('pillar_by_response').at(-1)).toEqual(['Total', 45, 15, 2, 62]);
    expect(sheetRows('by_pillar').at(-1)).toEqual(['Total', 62]);
  });
});
