/** What the rules every workbook shares may look at: a recognised sheet, the whole workbook, its Settings sheets. */
import type { SheetGrid, WorkbookGrid } from '../types.js';
import type { SheetAnalysis, TemplateKind } from '../kind.js';
import type { ParsedTable } from '../table.js';
import type { TemplateDef } from '../schema.js';
import type { CellScan } from '../cells.js';
import type { SheetReadings } from '../readings.js';
import type { SettingsRowReading } from '../settings-sheet.js';
import { ruleFor } from '../rule.js';

/** One sheet a kind recognised: the grid as read, its cell scan, its table and what the kind read from it. */
export interface SheetCheckContext {
  grid: SheetGrid;
  cells: CellScan;
  table: ParsedTable;
  def: TemplateDef;
  readings: SheetReadings;
}

export interface WorkbookCheckContext {
  workbook: WorkbookGrid;
  /** The sheets some kind recognised. */
  sheets: readonly SheetAnalysis[];
  kinds: readonly TemplateKind[];
}

export interface SettingsCheckContext {
  rows: readonly SettingsRowReading[];
  /** The row types the kinds read, by their English word. */
  known: readonly string[];
}

export const sheetRule = ruleFor<SheetCheckContext>();
export const workbookRule = ruleFor<WorkbookCheckContext>();
export const settingsRule = ruleFor<SettingsCheckContext>();
