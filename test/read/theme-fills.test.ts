/**
 * Gantt bars in theme colours (test/fixtures/make-theme-fills.py, written by openpyxl): Excel's palette writes
 * "White, Background 1, Darker 15%" as theme 0 with a tint, "Black, Text 1" as theme 1, and the legacy palette as
 * indexed colours. The fault: the CLI's readers kept "theme:0" / "theme:1" / "indexed:9" unresolved, and the core
 * took theme 0 and 1 for no colour whatever their tint. Grey and black bars were unmarked (a false "no timeframe"),
 * and a white indexed fill was a mark (a wrong period). The pane, handed colours Excel resolves, read them right.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KINDS, analyseWorkbook, type WorkbookAnalysis } from '../../templates/index.js';
import { parseInput } from '../../pipeline/read/index.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { readWorkbook } from '../../addin/src/excel/read.js';
import { fakeHost } from '../addin/fake-excel.js';
import { fakesFromXlsx } from '../two-paths/fake-from-xlsx.js';
import { OPTIONS } from '../two-paths/paths.js';

const NAME = 'test/fixtures/workplan-theme-fills.xlsx';
/** The quarters the generator marks on each row (row 7: white fills, and an x in Q4). */
const EXPECTED = {
  3: '2027-Q1, 2027-Q2',
  4: '2027-Q2',
  5: '2027-Q3, 2027-Q4',
  6: '2027-Q1',
  7: '2027-Q4',
};

const periods = (a: WorkbookAnalysis) =>
  Object.fromEntries(a.sheets.flatMap((s) => s.records.map((r) => [r.source.row, r.derived?.periods])));
const rules = (a: WorkbookAnalysis) => [...a.sheets.flatMap((s) => s.findings), ...a.findings].map((f) => f.rule);

let bytes: Buffer;
beforeAll(async () => {
  bytes = await readFile(join(import.meta.dirname, '..', '..', NAME));
});

async function withReader(reader: string | undefined) {
  const before = process.env.PSEA_READER;
  if (reader) process.env.PSEA_READER = reader;
  try {
    return analyseWorkbook(await parseInput(bytes, NAME, NAME), KINDS, OPTIONS);
  } finally {
    if (before === undefined) delete process.env.PSEA_READER;
    else process.env.PSEA_READER = before;
  }
}

describe('Gantt bars in theme and indexed colours', () => {
  it.each([
    ['the fast reader', undefined],
    ['exceljs', 'exceljs'],
  ])('%s marks the quarters the bars cover, white excepted, with no false "no timeframe"', async (_n, reader) => {
    const analysis = await withReader(reader);
    expect(periods(analysis)).toEqual(EXPECTED);
    expect(rules(analysis)).not.toContain('action-plan.timeframe-missing');
  });

  it('the pane, on the colours Excel resolves, marks the same quarters', async () => {
    const fake = (await fakesFromXlsx([{ name: NAME, bytes }])).get(NAME);
    if (typeof fake === 'string' || !fake) throw new Error(`the fake Excel did not open ${NAME}: ${fake}`);
    const read = await readWorkbook(fakeHost(fake));
    const { analysis } = analyseGrids(NAME, read.grids, { ...OPTIONS, date1904: read.date1904, notes: read.notes });
    expect(periods(analysis)).toEqual(EXPECTED);
  }, 60_000);
});
