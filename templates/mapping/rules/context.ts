import type { SheetAnalysis } from '../../core/kind.js';
import type { ParsedTable } from '../../core/table.js';
import type { FindingTarget } from '../../core/rule.js';
import { ruleFor } from '../../core/rule.js';
import type { Vocabulary } from '../../inter-agency/vocabulary.js';
import type { MappingRow } from '../rows.js';
import type { StandardColumn } from '../columns.js';

/** Everything a mapping rule may look at for one sheet. Rules only read it and emit. */
export interface MappingContext {
  table: ParsedTable;
  rows: MappingRow[];
  /** A wide checklist's standard columns (none in the long layout). */
  columns: StandardColumn[];
  vocabulary: Vocabulary;
}

/** The mapping sheets of one workbook (workbook rules), or of the whole batch (batch rules). */
export interface MappingSheetsContext {
  sheets: readonly SheetAnalysis[];
}

/** One workbook's mapping sheets with the vocabulary its settings make: rules about the settings themselves. */
export interface MappingWorkbookContext extends MappingSheetsContext {
  vocabulary: Vocabulary;
}

export const sheetRule = ruleFor<MappingContext>();
export const sheetsRule = ruleFor<MappingSheetsContext>();
export const workbookRule = ruleFor<MappingWorkbookContext>();

/** Where a finding on a row's field goes: a wide row's status is its own cell, every other field its column's. */
export function at(row: MappingRow, field: string, extra: Partial<FindingTarget> = {}): FindingTarget {
  const target: FindingTarget = { row: row.source.row, field, ...extra };
  if (row.wide && (field === 'status' || field === 'standard')) target.cell = row.wide.cell;
  return target;
}

/** True when the sheet has a column for the field: a rule about an absent column does not apply. */
export function hasColumn(table: ParsedTable, field: string): boolean {
  return field in table.header.fieldColumns;
}

/** The first row of each input record: a wide checklist's row of eight standards is one agency row. */
export function perRecord(rows: readonly MappingRow[]): MappingRow[] {
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.source.row) && !!seen.add(r.source.row));
}
