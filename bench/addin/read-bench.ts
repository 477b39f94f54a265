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

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 1000) / 1000;

export async function addinRead(dataRows: number): Promise<AddinFigures> {
  const def = KINDS.find((k) => k.def.kind === 'management-response')!.def;
  const shape: Shape = { def, columns: 16, rows: dataRows + 1, minText: 30, maxText: 120 };
  const sheet: CellValue[][] = [header(shape), ...records(shape, 42)];
  const reads: number[] = [];
  const computes: number[] = [];
  let figures: Omit<AddinFigures, 'readSeconds' | 'computeSeconds'> | undefined;
  for (let i = 0; i < 3; i++) {
    const host = fakeHost(new FakeWorkbook({ Matrix: sheet }));
    const start = performance.now();
    const read = await readWorkbook(host);
    const mid = performance.now();
    const { analysis } = analyseGrids('pane.xlsx', read.grids, { lang: 'en', asOf: '2026-11-23' });
    computes.push((performance.now() - mid) / 1000);
    reads.push((mid - start) / 1000);
    figures = {
      rows: sheet.length,
      syncs: read.syncs,
      largestResponse: Math.max(0, ...read.responseBytes),
      responseLimit: MAX_REQUEST_BYTES,
      records: analysis.sheets.reduce((n, s) => n + s.records.length, 0),
    };
  }
  return { ...figures!, readSeconds: median(reads), computeSeconds: median(computes) };
}
