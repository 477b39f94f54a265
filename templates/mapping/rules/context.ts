import type { Reporter } from '../../core/report.js';
import type { ParsedTable } from '../../core/table.js';
import type { MappingRow } from '../rows.js';

/** Everything a mapping rule may look at for one sheet. Rules only read it and report. */
export interface MappingContext {
  table: ParsedTable;
  rows: MappingRow[];
  report: Reporter;
}

export type MappingRule = (ctx: MappingContext) => void;
