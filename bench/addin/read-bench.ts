/**
 * The add-in on a long sheet, as the pane runs it: the real read path (addin/src/excel/read.ts) over the fake
 * Excel of the tests (round trips counted, response sizes measured), then the core on what it read.
 * Compiled with the Office types (bench/addin/tsconfig.json) and loaded by run.ts.
 */
import { KINDS, type CellValue } from '../../templates/index.js';
import { readWorkbook, MAX_REQUEST_BYTES } from '../../addin/src/excel/read.js';
import { analyseGrids } from '../../addin/src/compute.js';
import { FakeWorkbook, fakeHost } from '../../test/addin/fake-excel.js';
import { header, records, type Shape } from '../generate.js';
import type { AddinFigures } from '../addin-figures.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The sheet as Excel holds it: a date is a serial number under a date format. Handed a JS Date, the fake gave its
 * String() text, so each of the 20,000 due dates was a due-invalid warning and the bench timed that error path.
 */
function asExcelHoldsIt(sheet: CellValue[][]): FakeWorkbook {
  const serials = sheet.map((row) =>
    row.map((v) => (v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86_400_000 : v)),
  );
  const workbook = new FakeWorkbook({ Matrix: serials });
  const fake = workbook.sheet('Matrix')!;
  sheet.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v instanceof Date) fake.cell(r, c)!.numberFormat = 'yyyy-mm-dd';
    }),
  );
  return workbook;
}

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 1000) / 1000;

export async function addinRead(dataRows: number): Promise<AddinFigures> {
  const def = KINDS.find((k) => k.def.kind === 'management-response')!.def;
  const shape: Shape = { def, columns: 16, rows: dataRows + 1, minText: 30, maxText: 120 };
  const sheet: CellValue[][] = [header(shape), ...records(shape, 42)];
  const reads: number[] = [];
  const computes: number[] = [];
  let figures: Omit<AddinFigures, 'readSeconds' | 'computeSeconds'> | undefined;
  for (let i = 0; i < 3; i++) {
    const host = fakeHost(asExcelHoldsIt(sheet));
    const start = performance.now();
    const read = await readWorkbook(host);
    const mid = performance.now();
    const { analysis, findings } = analyseGrids('pane.xlsx', read.grids, { lang: 'en', asOf: '2026-11-23' });
    computes.push((performance.now() - mid) / 1000);
    reads.push((mid - start) / 1000);
    figures = {
      rows: sheet.length,
      syncs: read.syncs,
      largestResponse: Math.max(0, ...read.responseBytes),
      responseLimit: MAX_REQUEST_BYTES,
      records: analysis.sheets.reduce((n, s) => n + s.records.length, 0),
      findings: findings.length,
    };
  }
  return { ...figures!, readSeconds: median(reads), computeSeconds: median(computes) };
}
