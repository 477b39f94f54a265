/**
 * What a corpus file is: the cells to write (WorkbookSpec) and what a reader should find in them (ExpectedFile).
 * Row numbers are 1-based sheet rows; columns are letters. Field names are the matrix's canonical fields
 * (templates/management-response/fields.ts) plus the ones the corpus proposes for issue 13 (see README.md).
 */
export type Cell = string | number | boolean | Date | null;
export type Lang = 'en' | 'fr' | 'es';
export type Tool = 'exceljs' | 'openpyxl' | 'csv' | 'libreoffice';
export type Response = 'Accept' | 'Partially accept' | 'Not accept';
/** Issue 13's status classes; `overdue` is a separate flag ("Overdue-Initiated"). */
export type StatusClass = 'not_started' | 'in_progress' | 'completed' | 'no_longer_applicable';

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges: string[];
  widths?: number[];
  /** Date cells get this number format (Excel shows the date the way the office typed it). */
  dateFormat?: string;
}

export interface WorkbookSpec {
  file: string;
  tool: Tool;
  csv?: { delimiter: string; bom: boolean };
  sheets: SheetSpec[];
  expected: ExpectedFile;
}

export interface ExpectedColumn {
  col: string;
  /** The header text of this column on each header row, as written ('' where the row is empty there). */
  header: string[];
  field: string | null;
  /** For dated or numbered monitoring rounds: "2025-12", "t2". */
  round?: string;
  note?: string;
}

export interface ExpectedTable {
  header_rows: number[];
  columns: ExpectedColumn[];
  record_rows: number[];
}

export type AsideReason = 'blank' | 'section' | 'repeated-header' | 'translated-header' | 'note' | 'footnote' | 'total';

export interface SetAside {
  row: number;
  reason: AsideReason;
  text?: string;
}

export interface Due {
  written: string | number;
  /** The last day the written date allows ("2019/03" → 2019-03-31); absent for "No due date" or unreadable. */
  iso?: string;
  precision: 'day' | 'month' | 'quarter' | 'none' | 'unreadable';
  note?: string;
}

export interface RoundStatus {
  round: string;
  written: string;
  class: StatusClass | null;
  overdue_flag?: boolean;
}

export interface ExpectedRecord {
  row: number;
  rec_no: number;
  point?: string;
  key_action_no?: string;
  response?: Response;
  due?: Due;
  statuses?: RoundStatus[];
  /** The recommendation's own status, where the sheet gives one beside its key actions'. */
  rec_status?: RoundStatus;
  /** Key actions written as a numbered list inside one cell. */
  key_actions_in_cell?: number;
}

export interface ExpectedSheet {
  name: string;
  role: 'matrix' | 'units' | 'declared' | 'notes' | 'unclaimed';
  title_rows?: number[];
  tables?: ExpectedTable[];
  set_aside?: SetAside[];
  sections?: { row: number; text: string; name: string; number?: number }[];
  records?: ExpectedRecord[];
  units?: { code: string; name: string }[];
}

export interface Defect {
  sheet: string;
  row: number;
  cell?: string;
  field: string;
  what: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
}

export interface Declared {
  sheet: string;
  rows: number[];
  kind: 'acceptance' | 'by_criterion' | 'by_pillar' | 'footnote';
  declared: Record<string, number | string>;
  computed: Record<string, number | string>;
  agrees: boolean;
  note?: string;
}

export interface ExpectedFile {
  file: string;
  organisation: string;
  /** Source ids in SOURCES.md the layout follows. */
  format: string[];
  language: Lang;
  tool: Tool;
  derived_from?: string;
  as_of: string;
  clean: boolean;
  summary: { recommendations: number; points: number; key_actions: number; records: number };
  numbering: string[];
  due_formats: string[];
  tables: Record<string, Record<string, number>>;
  declared: Declared[];
  defects: Defect[];
  hard_cases: { sheet: string; row?: number; what: string }[];
  sheets: ExpectedSheet[];
  notes?: string[];
}
