/** Reads consolidated.xlsx and the CSV/HXL exports back, as a user's tools would. */
import { psea } from '../cli-run.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { writeConsolidatedXlsx } from '../../pipeline/write/consolidated-xlsx.js';
import { buildReport } from '../../templates/index.js';
import { FIXTURE_KINDS } from '../dashboard/fixtures.js';
import { spawnSync } from 'node:child_process';

interface ExcelTableModel {
  name: string;
  tableRef: string;
  totalsRow: boolean;
  autoFilterRef: string;
  columns: { name: string; totalsRowLabel?: string; totalsRowFunction?: string }[];
}

const EXAMPLE = join(process.cwd(), 'examples/management-response/iom-pseah-2023.xlsx');

let out: string;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'psea-xlsx-')), 'out');
  await psea('consolidate', EXAMPLE, '--out', out, '--csv', '--hxl', '--report-only', '--quiet');
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'consolidated.xlsx'));
});

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);

describe('consolidated.xlsx', () => {
  it('has the records, findings, one sheet per table, About and a hidden Lists sheet', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('management-response');
    expect(names).toEqual(
      expect.arrayContaining([
        'Findings',
        'acceptance',
        'by_criterion',
        'pillar_by_response',
        'status_by_round.t2.by_pillar',
        'status_by_round.t2.by_unit',
        'key_actions_by_status',
        'evaluations',
        'About',
        'Lists',
      ]),
    );
    expect(wb.getWorksheet('Lists')!.state).toBe('hidden');
  });

  it('gives every record its provenance, a frozen header and an autofilter', async () => {
    const ws = wb.getWorksheet('management-response')!;
    expect(rowValues(ws, 1).slice(0, 4)).toEqual(['source_file', 'source_sheet', 'source_row', 'rec_no']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const records = JSON.parse(await readFile(join(out, 'records.json'), 'utf8')).kinds[0].records;
    expect(ws.actualRowCount - 1).toBe(records.length);
    expect(records.length).toBe(75);
    expect(rowValues(ws, 2).slice(0, 4)).toEqual([records[0].source.file, 'MR matrix', records[0].source.row, 1]);
  });

  it('keeps the dropdowns on enumerated columns, pointing at the Lists sheet, on the written rows only', () => {
    const ws = wb.getWorksheet('management-response')!;
    const header = rowValues(ws, 1);
    const col = header.indexOf('response') + 1;
    const v = ws.getCell(2, col).dataValidation;
    expect(v.type).toBe('list');
    expect(v.formulae[0]).toMatch(/^Lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    expect(ws.getCell(ws.actualRowCount + 2, col).dataValidation).toBeUndefined();
    expect(ws.getCell(2, header.indexOf('recommendation') + 1).dataValidation).toBeUndefined();
    const lists = wb.getWorksheet('Lists')!;
    const listCol = v.formulae[0].match(/\$([A-Z]+)\$2/)![1];
    const values = lists.getColumn(listCol).values.slice(2);
    expect(values).toEqual(expect.arrayContaining(['Accept', 'Partially accept', 'Not accept']));
  });

  it('links each finding on a record row to that row, and names the others', () => {
    const ws = wb.getWorksheet('Findings')!;
    const header = rowValues(ws, 1);
    const src = header.indexOf('source') + 1;
    const cells = Array.from({ length: ws.actualRowCount - 1 }, (_, i) => ws.getCell(i + 2, src));
    const linked = cells.filter(
      (c) => typeof c.formula === 'string' && c.formula.startsWith("HYPERLINK(\"#'management-response'!A"),
    );
    const named = cells.filter((c) => typeof c.value === 'string');
    expect(linked.length).toBeGreaterThan(30);
    // declared-table findings sit outside the records
    expect(named.some((c) => String(c.value).includes('Table 1'))).toBe(true);
    // The link lands on the record of the finding's row.
    const first = linked[0];
    const target = Number(first.formula!.match(/!A(\d+)/)![1]);
    const findingRow = ws.getRow(first.row);
    const records = wb.getWorksheet('management-response')!;
    expect(records.getCell(target, 3).value).toBe(findingRow.getCell(header.indexOf('row') + 1).value);
  });

  it('writes each table with a SUBTOTAL totals row that matches its rows', () => {
    const ws = wb.getWorksheet('by_criterion')!;
    const last = ws.getRow(ws.actualRowCount);
    expect(last.getCell(1).value).toBe('Total');
    const cell = last.getCell(3).value as { formula: string; result: number };
    expect(cell.formula).toMatch(/^SUBTOTAL\(109,C2:C\d+\)$/);
    expect(cell.result).toBe(62);
  });

  it('makes each summary table a real Excel table whose totals row adds up the counts', () => {
    const ws = wb.getWorksheet('by_criterion')!;
    const tables = (ws as unknown as { tables: Record<string, { table: ExcelTableModel }> }).tables;
    const table = Object.values(tables)[0].table;
    expect(table).toMatchObject({
      name: 'T_by_criterion',
      tableRef: `A1:C${ws.actualRowCount}`,
      totalsRow: true,
      autoFilterRef: `A1:C${ws.actualRowCount - 1}`,
    });
    expect(table.columns).toEqual([
      { name: 'evaluation', totalsRowLabel: 'Total' },
      { name: 'criterion' },
      { name: 'count', totalsRowFunction: 'sum' },
    ]);
    // Excel repairs a table whose columns differ from its header
    expect(table.columns.map((c) => c.name)).toEqual(rowValues(ws, 1));
    expect(ws.autoFilter).toBeUndefined(); // the table carries the filter
    const names = wb.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: object }).tables ?? {}));
    // The example's 14 tables: evaluations, acceptance ×2, by criterion, by pillar ×2, rounds t2 and t3 by pillar
    // and by unit, their rates, key actions by status and by unit, their rates (none is overdue: no list).
    expect(names.length).toBe(14);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('writes table parts that openpyxl reads as tables too', async () => {
    const python = '/usr/bin/python3';
    const check = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' });
    if (check.status !== 0) {
      if (process.env.CI === 'true') throw new Error('CI needs python3-openpyxl (.ci/run installs it)');
      console.warn(
        '\n*** SKIPPED: openpyxl check of the table parts; install it with: apt-get install python3-openpyxl ***\n',
      );
      return;
    }
    const script =
      'import sys, json, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n' +
      'print(json.dumps({ws.title: [[t.name, t.ref, t.totalsRowCount] for t in ws.tables.values()] ' +
      'for ws in wb.worksheets}))';
    const run = spawnSync(python, ['-c', script, join(out, 'consolidated.xlsx')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const tables = JSON.parse(run.stdout) as Record<string, [string, string, number | null][]>;
    expect(tables['acceptance']).toEqual([['T_acceptance', 'A1:C5', null]]); // its own total row, no totals row
    expect(tables['by_criterion']).toEqual([['T_by_criterion', 'A1:C9', 1]]);
    expect(tables['management-response']).toEqual([]);
  });

  it('records inputs with size and SHA-256, the date, the version and the row accounting on About', async () => {
    const ws = wb.getWorksheet('About')!;
    const rows = Array.from({ length: ws.actualRowCount }, (_, i) => rowValues(ws, i + 1));
    const bytes = await readFile(EXAMPLE);
    const input = rows.find((r) => r[0] === 'input')!;
    expect(input).toEqual([
      'input',
      'iom-pseah-2023.xlsx',
      bytes.length,
      createHash('sha256').update(bytes).digest('hex'),
    ]);
    expect(rows.find((r) => r[0] === 'product')![1]).toMatch(/^psea-sheets \d+\.\d+\.\d+$/);
    expect(String(rows.find((r) => r[0] === 'date')![1])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rows.find((r) => r[0] === 'rows read')![1]).toBe(82);
    expect(rows.find((r) => r[0] === 'rows consolidated')![1]).toBe(75);
    const setAside = rows
      .filter((r) => String(r[0]).startsWith('rows set aside'))
      .reduce((s, r) => s + Number(r[1]), 0);
    expect(75 + setAside).toBe(82);
  });
});

describe('consolidated.xlsx for the mapping and action-plan tables', () => {
  it('writes their lists as sheets and totals only the counts', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'psea-xlsx-fx-')), 'c.xlsx');
    const accounting = { read: 8, consolidated: 8, setAside: {} };
    await writeConsolidatedXlsx(
      path,
      {
        report: buildReport({ lang: 'en', inputs: [], findings: [], accounting }),
        inputs: [],
        analyses: [],
        findings: [],
        kinds: FIXTURE_KINDS,
        accounting,
        unreadable: [],
      },
      { version: 't', date: '2026-11-23' },
    );
    const fx = new ExcelJS.Workbook();
    await fx.xlsx.readFile(path);
    expect(fx.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'mapping',
        'action-plan',
        'mapping.coverage',
        'mapping.in_place_by_area',
        'mapping.gap_register',
        'action-plan.by_status',
        'action-plan.overdue',
        'About',
      ]),
    );
    const overdue = fx.getWorksheet('action-plan.overdue')!;
    // header + one task: row numbers and days overdue are not summed, so no totals row
    expect(overdue.actualRowCount).toBe(2);
    const coverage = fx.getWorksheet('mapping.coverage')!;
    expect(coverage.getRow(coverage.actualRowCount).getCell(1).value).not.toBe('Total'); // statuses do not add up
    const byStatus = fx.getWorksheet('action-plan.by_status')!;
    expect((byStatus.getRow(byStatus.actualRowCount).getCell(2).value as { result: number }).result).toBe(3);
    const tableOf = (name: string) =>
      Object.values(
        (fx.getWorksheet(name) as unknown as { tables: Record<string, { table: ExcelTableModel }> }).tables,
      )[0]?.table;
    expect(tableOf('action-plan.overdue')).toMatchObject({ tableRef: 'A1:H2', totalsRow: false });
    expect(tableOf('mapping.coverage').totalsRow).toBe(false);
  });
});

describe('CSV and HXL exports', () => {
  it('writes records and tables as UTF-8 CSV with a BOM and a HXL row under the header', async () => {
    const files = (await readdir(out)).filter((f) => f.endsWith('.csv'));
    expect(files).toEqual(
      expect.arrayContaining([
        'records-management-response.csv',
        'table-management-response-acceptance.csv',
        'table-management-response-status_by_round-t2-by_unit.csv',
        'table-management-response-evaluations.csv',
      ]),
    );
    const text = await readFile(join(out, 'records-management-response.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 4)).toEqual(['source_file', 'source_sheet', 'source_row', 'rec_no']);
    expect(rows[1].slice(0, 4)).toEqual(['#meta+source+file', '#meta+source+sheet', '#meta+source+row', '#meta+id']);
    expect(rows[1].every((tag) => /^#[a-z][a-z0-9_]*(\+[a-z0-9_]+)*$/.test(tag))).toBe(true);
    expect(rows[1][rows[0].indexOf('responsible_units')]).toBe('#org+responsible');
    expect(rows.length - 2).toBe(75);
    const table = Papa.parse<string[]>(
      (await readFile(join(out, 'table-management-response-acceptance.csv'), 'utf8')).slice(1),
      { skipEmptyLines: true },
    ).data;
    expect(table[0]).toEqual(['evaluation', 'key', 'count']);
    expect(table[1]).toEqual(['#meta+evaluation', '#meta+key', '#indicator+num+count']);
    expect(table.find((r) => r[1] === 'Accept')).toEqual(['iom-2023', 'Accept', '45']);
  });

  it('writes no HXL row without --hxl', async () => {
    const plain = join(await mkdtemp(join(tmpdir(), 'psea-csv-')), 'out');
    await psea('consolidate', EXAMPLE, '--out', plain, '--csv', '--report-only', '--quiet');
    const rows = Papa.parse<string[]>(
      (await readFile(join(plain, 'records-management-response.csv'), 'utf8')).slice(1),
      { skipEmptyLines: true },
    ).data;
    expect(rows[1][0]).toMatch(/iom-pseah-2023\.xlsx$/);
  });
});
