/**
 * Names that are also JavaScript's: units, criteria, agencies, organisations, tasks and extra headers
 * named __proto__, constructor, toString and hasOwnProperty, in every kind, through the core (the CLI's
 * path), the pane's compute and the CLI itself. Before this change they vanished from the tables (a count
 * added to an inherited function), and an agency named __proto__ wrote its statuses onto Object.prototype.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  KINDS,
  analyseWorkbook,
  type CellValue,
  type SheetGrid,
  type WorkbookAnalysis,
} from '../../templates/index.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { summaryValues } from '../../addin/src/excel/enrich.js';
import { diffRecords, direction, DIFF_RULES } from '../../templates/core/diff.js';
import { HEADER, matrixRow, onlyEvaluation } from '../helpers.js';
import { statusCounts } from '../../templates/management-response/tables/status-counts.js';
import { freshDir } from '../bad/xlsx-batch.js';
import { pseaBounded } from './bounded.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const OPTIONS = { lang: 'en' as const, asOf: '2026-11-23' };

const settings: SheetGrid = {
  name: 'Settings',
  rows: [
    ['type', 'key', 'name', 'from', 'to'],
    ...NAMES.map((n) => ['unit', n, `Unit ${n}`, null, null]),
    ['criterion', 2, 'toString', null, null],
    ...NAMES.map((n) => ['agency', n, `Agency ${n}`, 'UN', null]),
  ],
};

const matrix: SheetGrid = {
  name: 'Matrix',
  rows: [
    [...HEADER, '__proto__', 'constructor'],
    ...NAMES.map((n, i) => [
      ...matrixRow({
        'Rec #': i + 1,
        'Evaluation ref.': `2.${i + 1}`,
        'Evaluation criterion': 'toString',
        'Responsible unit(s)': n,
        'Support from': NAMES[(i + 1) % 4],
        'Status (Time 2)': 'open',
      }),
      `extra ${n}`,
      `more ${n}`,
    ]),
  ],
};

const MAPPING_HEADER = ['Agency', 'Area', 'Standard', 'Status', 'Gaps', 'Planned action', 'Timeline'];
const mapping: SheetGrid = {
  name: 'Mapping',
  rows: [
    MAPPING_HEADER,
    ...NAMES.map((n) => [n, 'Management and coordination', 'MOS-1', 'In place', null, null, null]),
  ],
};

const PLAN_HEADER = ['Task', 'Area', 'Responsible Org.', 'Start', 'Due', 'Status', 'Indicator', 'Note/Next steps'];
const plan: SheetGrid = {
  name: 'Workplan',
  rows: [
    PLAN_HEADER,
    ...NAMES.map((n) => [n, 'Prevention', n, '2026-01-01', '2026-02-01', 'Not started', 'Done', null] as CellValue[]),
  ],
};

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const before = prototypeKeys();

afterEach(() => {
  // Nothing any test here reads may land on Object.prototype.
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>)['MOS-1']).toBeUndefined();
});

function tablesOf(analysis: WorkbookAnalysis): Tables {
  const out: Record<string, unknown> = {};
  for (const kind of KINDS) {
    const own = analysis.sheets.filter((s) => s.kind === kind.def.kind);
    if (own.length) out[kind.def.kind] = kind.consolidate(own, OPTIONS).tables;
  }
  // Through JSON, as tables.json holds them: own keys only.
  return JSON.parse(JSON.stringify(out)) as Tables;
}

/** Every name is an own key of the table, with the count it should have. */
function expectKeyed(table: unknown, value: (name: string) => unknown, label: string): void {
  const own = table as Record<string, unknown>;
  for (const n of NAMES) {
    expect(Object.prototype.hasOwnProperty.call(own, n), `${label}: ${n}`).toBe(true);
    expect(own[n], `${label}: ${n}`).toEqual(value(n));
  }
}

/** tables.json's shape, as far as these checks read it. */
interface Tables {
  'management-response': unknown;
  mapping: { coverage: unknown; in_place_by_agency: unknown };
  'action-plan': { overdue: { task: string; responsible_orgs: string }[] };
}

function checkTables(tables: Tables): void {
  const status = { ...statusCounts.empty(), 'in progress': 1, total: 1 };
  const matrix = onlyEvaluation(tables['management-response']);
  expectKeyed(matrix.status_by_round.t2.by_unit, () => status, 'status_by_round.t2.by_unit');
  expect(matrix.by_criterion).toEqual({ toString: 4 });
  expectKeyed(tables.mapping.coverage, () => ({ 'MOS-1': 'In place' }), 'coverage');
  expectKeyed(tables.mapping.in_place_by_agency, () => ({ in_place: 1, total: 1, share: 1 }), 'in_place_by_agency');
  expect(tables['action-plan'].overdue.map((t) => [t.task, t.responsible_orgs])).toEqual(NAMES.map((n) => [n, n]));
}

describe('names that are also JavaScript names', () => {
  it('are kept in every table and record, through the core', () => {
    const analysis = analyseWorkbook({ file: 'js.xlsx', sheets: [matrix, mapping, plan, settings] }, KINDS, OPTIONS);
    checkTables(tablesOf(analysis));
    const extras = analysis.sheets[0].records.map((r) => JSON.parse(JSON.stringify(r.extra)));
    // (A literal { __proto__: … } would set a prototype: the expected objects are built from entries.)
    const expected = NAMES.map((n) =>
      Object.fromEntries([
        ['__proto__', `extra ${n}`],
        ['constructor', `more ${n}`],
      ]),
    );
    expect(extras).toEqual(expected);
    expect(extras.map((e) => Object.keys(e))).toEqual(NAMES.map(() => ['__proto__', 'constructor']));
    const unknown = [...analysis.findings, ...analysis.sheets.flatMap((s) => s.findings)].filter((f) =>
      /unit-unknown|agency-unknown|org-unknown/.test(f.rule),
    );
    expect(unknown).toEqual([]);
  });

  it('are kept in the pane: its analysis and its summary sheet', () => {
    const pane = analyseGrids('js.xlsx', [matrix, mapping, plan, settings], OPTIONS);
    checkTables(tablesOf(pane.analysis));
    const summary = summaryValues(pane.analysis, OPTIONS);
    for (const n of NAMES)
      expect(
        summary.some((row) => row[0] === n),
        n,
      ).toBe(true);
  });

  it('in a field with a list of values, are values not in the list, as any other unknown text', () => {
    const odd = (over: Record<string, CellValue>) => matrixRow({ 'Rec #': 1, 'Evaluation ref.': '2.1', ...over });
    const sheets: SheetGrid[] = [
      {
        name: 'Matrix',
        rows: [
          HEADER,
          odd({ 'Management response': 'hasOwnProperty', 'Status (Time 2)': 'toString', Pillar: '__proto__' }),
        ],
      },
      {
        name: 'Mapping',
        rows: [
          ['Agency', 'Agency type', 'Area', 'Standard', 'Status', 'Gaps', 'Planned action', 'Timeline'],
          ['UNFPA', 'constructor', 'toString', '__proto__', 'hasOwnProperty', null, null, null],
        ],
      },
      { name: 'Plan', rows: [PLAN_HEADER.slice(0, 6), ['T', 'constructor', 'UNFPA', null, null, '__proto__']] },
    ];
    const analysis = analyseWorkbook({ file: 'f.xlsx', sheets }, KINDS, OPTIONS);
    const found = [...analysis.findings, ...analysis.sheets.flatMap((s) => s.findings)].map(
      (f) => `${f.rule}@${f.cell}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'management-response.response-value@J2',
        'management-response.status-value@M2',
        'management-response.pillar-unknown@C2',
        'mapping.agency-type-value@B2',
        'mapping.area-value@C2',
        'mapping.standard-value@D2',
        'mapping.status-value@E2',
        'action-plan.area-value@B2',
        'action-plan.status-value@F2',
      ]),
    );
  });

  it('match across rounds as any other key', () => {
    const records = (status: string) =>
      NAMES.map((n, i) => ({ source: { file: 'a', sheet: 'S', row: i + 2 }, values: { task: n, status } }));
    const diff = diffRecords('action-plan', records('Not started'), records('Completed'));
    expect(diff.counts).toEqual({ new: 0, updated: 4, unchanged: 0, removed: 0 });
    expect(diff.transitions.map((t) => t.label)).toEqual(NAMES);
    // A status or a kind named like a JavaScript member has no rank and no rule of its own.
    expect(direction(DIFF_RULES['action-plan'], 'constructor', 'Completed')).toBe('lateral');
    expect(diffRecords('toString', records('a'), records('b'))).toEqual(
      JSON.parse(JSON.stringify(diffRecords('other', records('a'), records('b'))).replaceAll('"other"', '"toString"')),
    );
  });
});

describe('through the CLI', () => {
  let file: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    for (const grid of [matrix, mapping, plan, settings]) workbook.addWorksheet(grid.name).addRows(grid.rows);
    file = join(await freshDir('hostile-js-names'), 'js-names.xlsx');
    await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  });

  it('tables.json and records.json keep every name', async () => {
    const out = `${file}-out`;
    const run = await pseaBounded(30_000, ['consolidate', file, '--out', out, '--quiet', '--as-of', OPTIONS.asOf]);
    expect(run.code, run.stderr).not.toBe(2);
    checkTables(JSON.parse(await readFile(join(out, 'tables.json'), 'utf8')) as Tables);
    const records = await readFile(join(out, 'records.json'), 'utf8');
    for (const n of NAMES) expect(records).toContain(`"__proto__":"extra ${n}"`);
    const dashboard = await readFile(join(out, 'dashboard.html'), 'utf8');
    for (const n of NAMES) expect(dashboard, n).toContain(`"${n}"`);
  });
});
