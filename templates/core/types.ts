/** Shared vocabulary of the domain core. Pure data: no Node, no Office. */
import type { ReadNote } from './rules/index.js';

export type Lang = 'en' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es'];

export type Severity = 'error' | 'warning' | 'info';

/** A cell as the adapters hand it over: exceljs, papaparse and Office.js all reduce to this. */
export type CellValue = string | number | boolean | Date | null;

/** Inclusive, 0-based rectangle of a merged area. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as a dense grid of values. rows[0] is sheet row `firstRow` (1-based). */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  merges?: MergeRange[];
  /** Merged areas the core has spread (grid rows and columns, 0-based): the cells they cover repeat a value. */
  spread?: MergeRange[];
  /** 1-based sheet row of rows[0]; adapters reading a window of the sheet set it. */
  firstRow?: number;
  /** 1-based sheet column of rows[r][0]. */
  firstColumn?: number;
  /** Set when Excel hides the sheet (veryHidden: only VBA or the XML can show it again). */
  hidden?: 'hidden' | 'veryHidden';
  /** 1-based sheet rows that are hidden, ascending (a reader may list empty ones: the core keeps those with values). */
  hiddenRows?: number[];
  /**
   * Raw cells' number formats: for rows[r], the indexes in it of numbers whose cell is formatted as a date or time.
   * The core reads those numbers as date serials (templates/core/raw-cells.ts); any other number stays a number.
   */
  dateCells?: (readonly number[] | undefined)[];
  /**
   * Solid fill colours of cells, where a reader knows them: fills[r][c] for rows[r][c] (ARGB "FF4472C4", "theme:4"
   * as a file stores them, or "#4472C4" as Excel reports them). A workplan marks its Gantt periods with a colour as
   * often as with an x. The core keeps those of empty cells and column A (templates/core/fills.ts).
   */
  fills?: Record<number, Record<number, string>>;
  /** Cells were split on a delimiter (CSV): a value right of the header is a row split at an unquoted delimiter. */
  delimited?: boolean;
}

export interface WorkbookGrid {
  file: string;
  sheets: SheetGrid[];
  /** What the reader had to guess or repair (an encoding, a broken quote): becomes findings. */
  notes?: ReaderNote[];
  /** The file carries a VBA project: it was not run, only the cell values were read. */
  macros?: boolean;
  /** The workbook counts date serials from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904?: boolean;
}

/**
 * A reader's remark about the file: a read.* rule id with the params its message needs (checked at compile
 * time), and where. Its severity, messages and doc are the rule module's (templates/core/rules/read/).
 */
export type ReaderNote = ReadNote & {
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** A1 address, when the note is about one cell. */
  cell?: string;
};

export interface Location {
  file: string;
  sheet?: string;
  /** A1 address, when the finding is about one cell. */
  cell?: string;
  /** 1-based sheet row. */
  row?: number;
  field?: string;
}

export type MessageParams = Record<string, string | number>;

export interface Finding extends Location {
  rule: string;
  severity: Severity;
  message: string;
  /** Values the message was built from, so a finding can be re-rendered in another language. */
  params: MessageParams;
  /** The value found in the cell, as text. */
  value?: string;
  /** A replacement value the user can apply with one click. */
  suggestion?: string;
}

export interface SourceRef {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

/** Why an input row did not become a record; `legend`: a line explaining codes ("A = In place"). */
export type SetAsideReason =
  'blank' | 'section' | 'note' | 'repeated-header' | 'translated-header' | 'header' | 'legend';

export interface RowAccounting {
  read: number;
  consolidated: number;
  setAside: Partial<Record<SetAsideReason, number>>;
}
