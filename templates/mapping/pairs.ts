/** Rows keyed by agency and standard: the unit of the mapping's duplicate, conflict and coverage logic. */
import type { SheetAnalysis } from '../core/kind.js';
import type { MappingRow } from './rows.js';

export interface MappingState {
  rows: MappingRow[];
  /** The standards sets the sheet is checked against, with their standards' ids; declared, or those its rows use. */
  sets: readonly { id: string; standards: readonly string[] }[];
  declared: boolean;
}

/**
 * A sheet's state as the batch keeps it: each row without the cells the rules across files and the tables never read
 * (its record keeps only the standard as typed, which a gap row without a recognised standard shows).
 */
export function batchMappingState(state: MappingState): MappingState {
  const rows = state.rows.map((row): MappingRow => ({
    ...row,
    record: { source: row.source, values: { standard: row.record.values.standard ?? null }, inherited: [] },
    enums: {},
    evidence: '',
    areaText: '',
  }));
  return { ...state, rows };
}

/** Rows with both an agency and a recognised standard, with the sheet they came from, in input order. */
export function keyedRows(sheets: readonly SheetAnalysis[]): { key: string; row: MappingRow; sheet: SheetAnalysis }[] {
  return sheets.flatMap((sheet) =>
    (sheet.state as MappingState).rows
      .filter((row) => row.agencyKey && row.standard)
      .map((row) => ({ key: `${row.agencyKey}|${row.standard!.id}`, row, sheet })),
  );
}

/** The first row of each agency × standard: what the tables count. */
export function firstRows(sheets: readonly SheetAnalysis[]): MappingRow[] {
  const seen = new Map<string, MappingRow>();
  for (const { key, row } of keyedRows(sheets)) if (!seen.has(key)) seen.set(key, row);
  return [...seen.values()];
}
