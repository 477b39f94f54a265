/** Selecting a finding's cell and applying fixes: each an explicit click in the pane. */
import type { CellFix } from '../compute.js';
import { stillHolds } from '../compute.js';
import { toCell } from './read.js';
import { neutraliseText } from '../../../templates/core/neutralise.js';
import type { ExcelHost } from './host.js';

export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

export interface FixResult {
  applied: CellFix[];
  skipped: CellFix[];
}

/**
 * Round trip 1 reads each target cell; round trip 2 writes only the cells that still hold
 * the value the finding was about, so a value typed since is never overwritten.
 */
export async function applyFixes(host: ExcelHost, fixes: readonly CellFix[]): Promise<FixResult> {
  if (!fixes.length) return { applied: [], skipped: [] };
  return host.run(async (context) => {
    const ranges = fixes.map((f) => context.workbook.worksheets.getItem(f.sheet).getRange(f.cell).load('values'));
    await context.sync();
    const applied: CellFix[] = [];
    const skipped: CellFix[] = [];
    fixes.forEach((f, i) => {
      if (!stillHolds(toCell(ranges[i].values[0]?.[0]), f.expected)) {
        skipped.push(f);
        return;
      }
      ranges[i].values = [[neutraliseText(f.value)]];
      applied.push(f);
    });
    if (applied.length) await context.sync();
    return { applied, skipped };
  });
}
