import type { SheetGrid } from '../../core/types.js';
import type { ParsedTable } from '../../core/table.js';
import { ruleFor } from '../../core/rule.js';
import type { MatrixRow } from '../rows.js';
import type { Recommendation } from '../recommendations.js';
import type { MatrixSettings } from '../settings.js';
import type { UnitDirectory } from '../units.js';
import type { CriterionIndex } from '../criteria.js';
import type { Round } from '../rounds.js';
import type { KeyAction } from '../key-actions/records.js';
import type { Evidence } from '../evaluation/effective.js';
import type { AcceptanceCounts, SettledRecommendation } from '../tables/index.js';

/** Everything a matrix rule may look at for one sheet. Rules only read it and emit. */
export interface MatrixContext {
  table: ParsedTable;
  rows: MatrixRow[];
  recs: Recommendation[];
  /** The sheet's settings: what the user declared, completed from the evaluation itself. */
  settings: MatrixSettings;
  /** Whether the criteria were read from the labels (no settings, no declared table named them). */
  criteriaInferred: boolean;
  units: UnitDirectory;
  criteria: CriterionIndex;
  /** Each recommendation's links, by its number (templates/management-response/links.ts). */
  links: ReadonlyMap<number, { numbers: number[]; invalid: string[] }>;
  /** The sheet's monitoring rounds, in order. */
  rounds: Round[];
  keyActions: KeyAction[];
  /** The key actions of each recommendation, by its number. */
  actionsByRec: ReadonlyMap<number, readonly KeyAction[]>;
  /** The run's reference date (yyyy-mm-dd) for overdue key actions. */
  asOf: string;
}

/** The matrix sheets of one workbook together, with the workbook's other sheets (declared tables). */
export interface MatrixWorkbookContext {
  recs: Recommendation[];
  settled: SettledRecommendation[];
  acceptance: AcceptanceCounts;
  otherSheets: readonly SheetGrid[];
  evidence: Evidence;
}

export const sheetRule = ruleFor<MatrixContext>();
export const workbookRule = ruleFor<MatrixWorkbookContext>();
