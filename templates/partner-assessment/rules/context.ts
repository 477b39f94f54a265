import type { SheetAnalysis } from '../../core/kind.js';
import type { ParsedTable } from '../../core/table.js';
import type { FindingTarget } from '../../core/rule.js';
import { ruleFor } from '../../core/rule.js';
import type { Assessment } from '../assessments.js';

/** Everything a partner-assessment rule may look at for one sheet. Rules only read it and emit. */
export interface AssessmentContext {
  table: ParsedTable;
  assessments: Assessment[];
  /** Reference date, yyyy-mm-dd. */
  asOf: string;
}

/** The partner-assessment sheets of the whole batch. */
export interface AssessmentSheetsContext {
  sheets: readonly SheetAnalysis[];
}

export const sheetRule = ruleFor<AssessmentContext>();
export const sheetsRule = ruleFor<AssessmentSheetsContext>();

/** A finding on an assessment: at the given cell, else its first row's partner cell. */
export function on(a: Assessment, cell: string | undefined, extra: Partial<FindingTarget> = {}): FindingTarget {
  const at = cell ?? a.cells.partner;
  return { row: a.source.row, ...(at ? { cell: at } : {}), ...extra };
}

/** The partner as messages name it. */
export const partnerName = (a: Assessment) => a.partner || a.partnerId || '—';
