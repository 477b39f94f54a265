import type { CellValue, Finding, Lang, SheetGrid, SourceRef } from './types.js';
import type { TemplateDef } from './schema.js';
import type { MessageCatalogue } from './messages.js';
import type { ParsedTable } from './table.js';
import type { ZodTypeAny } from 'zod';

/** A record as it leaves the core: canonical values, derived values and where it came from. */
export interface OutputRecord {
  source: SourceRef;
  values: Record<string, CellValue>;
  derived: Record<string, CellValue>;
  /** Values of columns the template does not define, by header (see TableRecord.extra). */
  extra?: Record<string, CellValue>;
}

export interface AnalyseOptions {
  lang: Lang;
  /** Reference date for overdue checks, ISO yyyy-mm-dd. */
  asOf: string;
  /** Per-kind setting overrides (already validated by the kind), e.g. from a JSON file. */
  settings?: Record<string, unknown>;
}

export interface SheetAnalysis {
  kind: string;
  table: ParsedTable;
  findings: Finding[];
  records: OutputRecord[];
  /** Kind-specific state the consolidation step reads back (e.g. the grouped recommendations). */
  state: unknown;
}

export interface WorkbookContext {
  file: string;
  /** Sheets of the workbook that no template claimed: settings, declared tables, notes. */
  otherSheets: readonly SheetGrid[];
  options: AnalyseOptions;
}

/** What each template family plugs into the shared reading, validation and consolidation. */
export interface TemplateKind {
  def: TemplateDef;
  messages: MessageCatalogue;
  /** Checks this kind's entry of AnalyseOptions.settings (keyed by kind id), e.g. from --settings. */
  settingsSchema?: ZodTypeAny;
  /** Names of the derived columns this kind adds, in order. */
  derivedFields: readonly string[];
  /** Validate and enrich one recognised sheet. */
  analyseSheet(table: ParsedTable, workbook: WorkbookContext): SheetAnalysis;
  /** Rules that compare this kind's sheets with the rest of their workbook (declared tables). */
  checkWorkbook?(sheets: readonly SheetAnalysis[], workbook: WorkbookContext): Finding[];
  /** Rules across files, and the summary tables. */
  consolidate(sheets: readonly SheetAnalysis[], options: AnalyseOptions): { findings: Finding[]; tables: unknown };
}
