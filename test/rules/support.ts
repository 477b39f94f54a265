/** Builders for the rule cases: clean sheets of each kind, one row per override, and workbooks around them. */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../templates/index.js';
import { HEADER, matrixRow } from '../helpers.js';
import { MAPPING_HEADER, mappingRow } from '../mapping/fixtures.js';
import { PLAN_HEADER, task } from '../action-plan/fixtures.js';
import type { CaseInput } from './tester.js';

type Row = Partial<Record<string, CellValue>>;

/**
 * Recommendation n, clean: its own reference 2.n (Internal coherence), pillar 1, a known unit, accepted with key
 * actions.
 */
export function rec(n: number, overrides: Row = {}): CellValue[] {
  return matrixRow({ 'Rec #': n, 'Evaluation ref.': `2.${n}`, Recommendation: `Recommendation ${n}`, ...overrides });
}

/** A matrix sheet: the header, then the rows given (rec() rows by default). */
export function matrix(rows: CellValue[][] = [rec(1)], name = 'Matrix'): SheetGrid {
  return { name, rows: [HEADER, ...rows] };
}

/** A mapping sheet: the header, then one clean row (UNFPA, MOS-1 in place) per override. */
export function mapping(rows: Row[] = [{}], name = 'Mapping'): SheetGrid {
  return { name, rows: [MAPPING_HEADER, ...rows.map((r) => mappingRow(r))] };
}

/** A workplan sheet: the header, then one clean task (UNFPA and IOM, Jan–Feb 2027, not started) per override. */
export function workplan(rows: Row[] = [{}], name = 'Workplan'): SheetGrid {
  return { name, rows: [PLAN_HEADER, ...rows.map((r) => task(r))] };
}

export function book(sheets: SheetGrid[], file = 'case.xlsx', extra: Partial<WorkbookGrid> = {}): WorkbookGrid {
  return { file, sheets, ...extra };
}

/** One workbook of these sheets. */
export function sheets(...list: SheetGrid[]): CaseInput {
  return { workbooks: [book(list)] };
}

/** Several workbooks, one batch. */
export function batch(...books: WorkbookGrid[]): CaseInput {
  return { workbooks: books };
}

/** A Settings sheet of these rows under the documented header. */
export function settings(...rows: CellValue[][]): SheetGrid {
  return { name: 'Settings', rows: [['type', 'key', 'name', 'from', 'to'], ...rows] };
}
