/** Builders for the rule cases: clean sheets of each kind, one row per override, and workbooks around them. */
import type { CellValue, SheetGrid, WorkbookGrid } from '../../templates/index.js';
import { HEADER, IOM_PROFILE, matrixRow } from '../helpers.js';
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

/** Case options that give the 2023 IOM evaluation's settings, as `--profile iom-2023` does. */
export const IOM = { options: { profile: IOM_PROFILE } };

/** A key-action tracker's header (UNDP ERC style): one row per key action under its recommendation. */
export const TRACKER_HEADER = [
  'Rec #',
  'Recommendation',
  'Management response',
  'Key action',
  'Responsible unit(s)',
  'Due date',
  'Status',
  'Comments',
];

/** One tracker row by header; a key-action row leaves the recommendation's cells blank. */
export function action(values: Row): CellValue[] {
  return TRACKER_HEADER.map((h) => values[h] ?? null);
}

/** Recommendation n accepted with one key action due on `due` (HR responsible), as its only row of a tracker. */
export function acceptedAction(n: number, due: CellValue, text = 'Act'): CellValue[] {
  return action({
    'Rec #': n,
    Recommendation: `Recommendation ${n}`,
    'Management response': 'Accept',
    'Key action': text,
    'Responsible unit(s)': 'HR',
    'Due date': due,
  });
}

/** A tracker sheet: its header (with extra columns if given), then the rows. */
export function tracker(rows: CellValue[][], header = TRACKER_HEADER, name = 'Tracker'): SheetGrid {
  return { name, rows: [header, ...rows] };
}

/** A sheet of declared tables, each row as written (Table 2 by criterion, Table 3 by pillar, a footnote). */
export function declared(rows: CellValue[][], name = 'Tables'): SheetGrid {
  return { name, rows };
}
