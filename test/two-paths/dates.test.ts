/**
 * A number in a date column, through both paths (issue 11): the pane once turned every number of a date field into
 * a date (2026 → 1905-07-19, "overdue") where the CLI said "not a date". The core decides now, from the cell's
 * number format, for both.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { PLAN_HEADER, task } from '../action-plan/fixtures.js';
import { cliPath, exceljsPath, panePath } from './paths.js';
import { fakesFromXlsx } from './fake-from-xlsx.js';

/** A workplan whose Start/Due hold: a year typed as a number, a date serial in a date format, one without. */
async function planBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Workplan');
  sheet.addRow(PLAN_HEADER);
  sheet.addRow(task({ Task: 'A year typed as a number', Start: null, Due: 2026 }));
  sheet.addRow(task({ Task: 'A serial shown as a date', Start: null, Due: 46400 }));
  sheet.addRow(task({ Task: 'A serial shown as a number', Start: null, Due: 46400 }));
  sheet.getCell('E3').numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a number in a date column', () => {
  it('gives the same findings and records in the pane and the CLI, and 2026 is no 1905 date', async () => {
    const bytes = await planBytes();
    const cli = await cliPath(bytes, 'plan.xlsx');
    const excel = (await fakesFromXlsx([{ name: 'plan.xlsx', bytes }])).get('plan.xlsx');
    if (typeof excel === 'string') throw new Error(excel);
    const pane = await panePath(excel!, 'plan.xlsx');
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.records).toEqual(cli.records);
    expect(await exceljsPath(bytes, 'plan.xlsx')).toEqual(cli);
    expect(pane.findings.join('\n')).not.toContain('1905');
    expect(cli.findings.find((f) => f.includes('E2'))).toContain('"2026"');
  });
});
