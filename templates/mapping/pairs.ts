/** Rows keyed by agency and standard: the unit of the mapping's duplicate, conflict and coverage logic. */
import type { SheetAnalysis } from '../core/kind.js';
import type { MappingRow } from './rows.js';

/** The gap and good-practice registers list this many input rows; every row is counted, and is in the records. */
export const REGISTER_ROWS = 1_000;

export interface MappingState {
  rows: MappingRow[];
  /** The standards sets the sheet is checked against, with their standards' ids; declared, or those its rows use. */
  sets: readonly { id: string; standards: readonly string[] }[];
  declared: boolean;
}

export const hasGap = (row: MappingRow) => !!(row.gaps || row.plannedAction || row.cut?.gap);
export const hasGoodPractice = (row: MappingRow) => !!(row.goodPractice || row.cut?.goodPractice);

/**
 * A sheet's state as the batch keeps it: each row without the cells the rules across files and the tables never read
 * (its record keeps only the standard as typed, which a gap row without a recognised standard shows), and the register
 * text only of the first input rows the tables list (REGISTER_ROWS each): the others are counted, their text is in
 * the records. A 100,000-row sheet kept 100,000 gaps and good practices until the end of the batch.
 */
export function batchMappingState(state: MappingState): MappingState {
  const listed = { gap: new Set<number>(), goodPractice: new Set<number>() };
  const keeps = (set: Set<number>, row: MappingRow) =>
    set.has(row.source.row) || (set.size < REGISTER_ROWS && !!set.add(row.source.row));
  const rows = state.rows.map((row): MappingRow => {
    const gap = hasGap(row) && !keeps(listed.gap, row);
    const goodPractice = hasGoodPractice(row) && !keeps(listed.goodPractice, row);
    const out: MappingRow = {
      ...row,
      record: { source: row.source, values: { standard: row.record.values.standard ?? null }, inherited: [] },
      enums: {},
      evidence: '',
      areaText: '',
    };
    if (gap) Object.assign(out, { gaps: '', plannedAction: '', timelineRaw: null, timeline: undefined });
    if (goodPractice) out.goodPractice = '';
    if (gap || goodPractice || row.cut)
      out.cut = { gap: gap || !!row.cut?.gap, goodPractice: goodPractice || !!row.cut?.goodPractice };
    return out;
  });
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
