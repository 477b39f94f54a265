/**
 * What a batch keeps of a sheet until its end, once the sheet's records and findings have gone to the outputs:
 * no rows, and the state cut by its kind to what the rules across files and the tables read. consolidate gives
 * the same findings and tables from it as from the whole sheet (test/core/batch-sheet.test.ts runs both).
 */
import type { AnalyseOptions, SheetAnalysis, TemplateKind } from './kind.js';

export function batchSheet(
  sheet: SheetAnalysis,
  kinds: readonly TemplateKind[],
  options: AnalyseOptions,
  keep: { records?: boolean; findings?: boolean } = {},
): SheetAnalysis {
  const kind = kinds.find((k) => k.def.kind === sheet.kind);
  return {
    ...sheet,
    records: keep.records ? sheet.records : [],
    findings: keep.findings ? sheet.findings : [],
    table: { ...sheet.table, records: [], setAside: [] },
    state: kind?.batchState ? kind.batchState(sheet.state, options) : sheet.state,
  };
}
