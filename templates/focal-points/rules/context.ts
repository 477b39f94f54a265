import type { SheetAnalysis } from '../../core/kind.js';
import type { ParsedTable } from '../../core/table.js';
import { ruleFor } from '../../core/rule.js';
import type { FocalPointRow } from '../rows.js';

/** Everything a focal-point rule may look at for one sheet. Rules only read it and emit. */
export interface FocalPointContext {
  table: ParsedTable;
  rows: FocalPointRow[];
}

/** The focal-point sheets of the whole batch. */
export interface FocalPointSheetsContext {
  sheets: readonly SheetAnalysis[];
}

export const sheetRule = ruleFor<FocalPointContext>();
export const sheetsRule = ruleFor<FocalPointSheetsContext>();
