import type { CellValue, Finding, Lang, SheetGrid, SourceRef } from './types.js';
import type { Localised, TemplateDef } from './schema.js';
import type { ParsedTable } from './table.js';
import type { RuleMeta } from './rule.js';
import type { Rendering } from './emit.js';
import type { SheetReadings } from './readings.js';
import type { ResolvedSettings, SettingsSpec } from './settings.js';
import type { TableNames } from './settings-names.js';

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
  /** A named set of settings, applied over the defaults and under `settings` (per kind, by settings key). */
  profile?: { name: string; settings: Record<string, unknown> };
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
  /** The language the sheet is written in, from its headers and list values (sheet-language.ts). */
  lang?: Lang;
}

export interface WorkbookContext {
  file: string;
  /** Sheets of the workbook that no template claimed: settings, declared tables, notes. */
  otherSheets: readonly SheetGrid[];
  options: AnalyseOptions;
  /** Every kind's settings, resolved once for this workbook. */
  settings: ResolvedSettings;
  /** How this workbook's findings are rendered. */
  rendering: Rendering;
}

/** A kind's rules, by when they run: on one sheet, on the kind's sheets of one workbook, across the batch. */
export interface KindRules {
  /** Shown as the group title of the kind's rules in docs/rules.md and `psea rules`. */
  title: Localised;
  sheet: readonly RuleMeta[];
  workbook: readonly RuleMeta[];
  batch: readonly RuleMeta[];
}

/** What each template family plugs into the shared reading, validation and consolidation. */
export interface TemplateKind {
  def: TemplateDef;
  rules: KindRules;
  /** This kind's settings: defaults, what a user may override, the Settings-sheet rows it reads. */
  settings?: SettingsSpec;
  /** Names of the derived columns this kind adds, in order. */
  derivedFields: readonly string[];
  /** The rows of the Settings sheet its blank template carries (explanations, inactive examples). */
  settingsTemplate?(lang: Lang): CellValue[][];
  /** Validate and enrich one recognised sheet; values read generously go to `readings` for the shared rules. */
  analyseSheet(table: ParsedTable, workbook: WorkbookContext, readings: SheetReadings): SheetAnalysis;
  /** Rules that compare this kind's sheets with the rest of their workbook (declared tables, duplicates). */
  checkWorkbook?(sheets: readonly SheetAnalysis[], workbook: WorkbookContext): Finding[];
  /**
   * The sheet's state cut to what `consolidate` reads (keys, statuses, the values of the tables, no other row
   * text), on the options' date: a batch holds every file's state until its end. The state as is when absent.
   * Idempotent.
   */
  batchState?(state: unknown, options: AnalyseOptions): unknown;
  /** Rules across files, and the summary tables. */
  consolidate(
    sheets: readonly SheetAnalysis[],
    options: AnalyseOptions,
    /** How cross-file findings are rendered; the options' language when absent. */
    rendering?: Rendering,
  ): { findings: Finding[]; tables: unknown; names?: TableNames };
}
