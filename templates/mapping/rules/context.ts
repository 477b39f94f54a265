import type { SheetAnalysis } from '../../core/kind.js';
import type { ParsedTable } from '../../core/table.js';
import { ruleFor } from '../../core/rule.js';
import type { MappingRow } from '../rows.js';

/** Everything a mapping rule may look at for one sheet. Rules only read it and emit. */
export interface MappingContext {
  table: ParsedTable;
  rows: MappingRow[];
}

/** The mapping sheets of one workbook (workbook rules), or of the whole batch (batch rules). */
export interface MappingSheetsContext {
  sheets: readonly SheetAnalysis[];
}

export const sheetRule = ruleFor<MappingContext>();
export const sheetsRule = ruleFor<MappingSheetsContext>();
