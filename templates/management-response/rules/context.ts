import type { SheetGrid } from '../../core/types.js';
import type { ParsedTable } from '../../core/table.js';
import { ruleFor } from '../../core/rule.js';
import type { MatrixRow } from '../rows.js';
import type { Recommendation } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { UnitDirectory } from '../units.js';
import type { CriterionIndex } from '../criteria.js';
import type { AcceptanceCounts } from '../tables.js';

/** Everything a matrix rule may look at for one sheet. Rules only read it and emit. */
export interface MatrixContext {
  table: ParsedTable;
  rows: MatrixRow[];
  recs: Recommendation[];
  settings: MatrixSettings;
  units: UnitDirectory;
  criteria: CriterionIndex;
  /** Each recommendation's links, by its number (templates/management-response/links.ts). */
  links: ReadonlyMap<number, { numbers: number[]; invalid: string[] }>;
}

/** The matrix sheets of one workbook together, with the workbook's other sheets (declared tables). */
export interface MatrixWorkbookContext {
  recs: Recommendation[];
  acceptance: AcceptanceCounts;
  otherSheets: readonly SheetGrid[];
}

export const sheetRule = ruleFor<MatrixContext>();
export const workbookRule = ruleFor<MatrixWorkbookContext>();
