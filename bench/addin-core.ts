/** The add-in's compute on a long sheet: the block-read plan run against an in-memory sheet, then the core. */
import { KINDS, analyseWorkbook, blockPlan, gridFromBlocks, BLOCK_ROWS, type CellValue } from '../templates/index.js';
import { header, records, type Shape } from './generate.js';

export function addinCore(dataRows: number): {
  rows: number;
  reads: number;
  allowedReads: number;
  computeSeconds: number;
  records: number;
} {
  const def = KINDS.find((k) => k.def.kind === 'management-response')!.def;
  const shape: Shape = { def, columns: 16, rows: dataRows + 1, minText: 30, maxText: 120 };
  const sheet: CellValue[][] = [header(shape), ...records(shape, 42)];
  const times: number[] = [];
  let reads = 0;
  let count = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const plan = blockPlan(1, sheet.length);
    const blocks = plan.map((b) => sheet.slice(b.first - 1, b.first - 1 + b.count));
    const grid = gridFromBlocks('Matrix', plan, blocks);
    const analysis = analyseWorkbook({ file: 'pane', sheets: [grid] }, KINDS, { lang: 'en', asOf: '2026-11-23' });
    times.push((performance.now() - start) / 1000);
    reads = plan.length;
    count = analysis.sheets.reduce((n, s) => n + s.records.length, 0);
  }
  return {
    rows: sheet.length,
    reads,
    allowedReads: Math.ceil(sheet.length / BLOCK_ROWS) + 1,
    computeSeconds: Math.round([...times].sort((a, b) => a - b)[1] * 1000) / 1000,
    records: count,
  };
}
