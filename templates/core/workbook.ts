/** Reads a whole workbook: resolves its settings, finds each template sheet, runs the rules, accounts for every row. */
import type { Finding, RowAccounting, SheetGrid, WorkbookGrid } from './types.js';
import type { AnalyseOptions, OutputRecord, SheetAnalysis, TemplateKind, WorkbookContext } from './kind.js';
import type { FieldLabels } from './rule.js';
import { headerWindows, locateHeader, type HeaderMatch } from './header.js';
import { parseTable, type TableRecord } from './table.js';
import { runRules, tablePlace, type Rendering } from './emit.js';
import { raisedFinding } from './raised.js';
import { scanCells } from './cells.js';
import { emptyReadings } from './readings.js';
import { PROFILE_SETTINGS, resolveSettings, type SettingsSpec } from './settings.js';
import { kindLabels } from './labels.js';
import { isOwnListsSheet } from './blank.js';
import { appendAll } from './append.js';
import { suggestionsIn, tableLanguage } from './sheet-language.js';
import { namesOfSettings, suggestNamesIn } from './settings-names.js';
import { normaliseWorkbook } from './raw-cells.js';
import { HEADER_RULES, SETTINGS_RULES, SHEET_RULES, WORKBOOK_RULES } from './rules/index.js';

export interface SheetDetection {
  kind: TemplateKind;
  header: HeaderMatch;
}

/** The kind whose header matches best, if any reaches its minimum. */
export function detectSheet(grid: SheetGrid, kinds: readonly TemplateKind[]): SheetDetection | undefined {
  // Our hidden Lists sheets are headed by field keys; they hold dropdown values, not records. Told by our mark.
  if (isOwnListsSheet(grid.rows)) return undefined;
  let best: SheetDetection | undefined;
  const windows = headerWindows(grid);
  for (const kind of kinds) {
    // A later kind must name more fields to be chosen: fewer, and its search stops early (issue 17).
    const header = locateHeader(grid, kind.def, windows, best ? best.header.score + 1 : 0);
    if (header && (!best || header.score > best.header.score)) best = { kind, header };
  }
  return best;
}

export interface WorkbookAnalysis {
  file: string;
  sheets: SheetAnalysis[];
  findings: Finding[];
  accounting: RowAccounting;
}

export function emptyAccounting(): RowAccounting {
  return { read: 0, consolidated: 0, setAside: {} };
}

export function addAccounting(total: RowAccounting, part: RowAccounting): RowAccounting {
  total.read += part.read;
  total.consolidated += part.consolidated;
  for (const [reason, n] of Object.entries(part.setAside)) {
    const key = reason as keyof RowAccounting['setAside'];
    total.setAside[key] = (total.setAside[key] ?? 0) + (n ?? 0);
  }
  return total;
}

/** Kinds build their output records from typed rows; the extra columns ride along by source row. */
function carryExtra(from: readonly TableRecord[], to: OutputRecord[]): void {
  const byRow = new Map(from.filter((r) => r.extra).map((r) => [r.source.row, r.extra]));
  if (!byRow.size) return;
  for (const record of to) {
    const extra = byRow.get(record.source.row);
    if (extra) record.extra = extra;
  }
}

/** Each kind's settings spec once (the workplan reads the mapping's agencies). */
function specsOf(kinds: readonly TemplateKind[]): SettingsSpec[] {
  return [...new Set(kinds.flatMap((k) => (k.settings ? [k.settings] : [])))];
}

export function analyseWorkbook(
  raw: WorkbookGrid,
  kinds: readonly TemplateKind[],
  options: AnalyseOptions,
  labels: FieldLabels = kindLabels(kinds),
): WorkbookAnalysis {
  // The adapters hand over raw cells; what a date is, what a merge covers and which hidden rows count is decided here.
  const workbook = normaliseWorkbook(raw);
  const detections = workbook.sheets.map((grid) => ({ grid, detection: detectSheet(grid, kinds) }));
  const otherSheets = detections.filter((d) => !d.detection).map((d) => d.grid);
  const specs = specsOf(kinds);
  const settings = resolveSettings(specs, options, otherSheets);
  // Names the settings give in other languages (a profile's, a Settings sheet's "name (fr)"): messages quote them.
  const names = namesOfSettings(specs.map((spec) => settings.get(spec)));
  const rendering: Rendering = { lang: options.lang, labels: { ...labels, name: (name) => names.get(name) } };
  const context: WorkbookContext = { file: workbook.file, otherSheets, options, settings, rendering };
  const book = { file: workbook.file, sheet: '' };
  const sheets: SheetAnalysis[] = [];
  const findings: Finding[] = [];
  const accounting = emptyAccounting();
  for (const note of workbook.notes ?? [])
    findings.push(
      raisedFinding(
        note,
        { ...book, sheet: note.sheet ?? '' },
        {
          ...(note.row === undefined ? {} : { row: note.row }),
          ...(note.cell === undefined ? {} : { cell: note.cell }),
        },
        rendering,
      ),
    );
  const known = [...specs, PROFILE_SETTINGS].flatMap((spec) => spec.rows.map((type) => type.words[0]));
  runRules(SETTINGS_RULES, { rows: settings.rows, known }, book, rendering, findings);
  for (const { grid, detection } of detections) {
    if (!detection) continue;
    const cells = scanCells(grid);
    const table = parseTable(cells.grid, detection.kind.def, workbook.file, detection.header);
    if (!table) continue;
    const readings = emptyReadings();
    const ctx = { grid, cells, table, def: detection.kind.def, readings };
    const place = tablePlace(table);
    const own = runRules(HEADER_RULES, ctx, place, rendering);
    const analysis = detection.kind.analyseSheet(table, context, readings);
    carryExtra(table.records, analysis.records);
    appendAll(own, analysis.findings);
    runRules(SHEET_RULES, ctx, place, rendering, own);
    analysis.lang = tableLanguage(detection.kind.def, table);
    if (analysis.lang) suggestionsIn(detection.kind.def, own, analysis.lang);
    analysis.findings = own;
    sheets.push(analysis);
    addAccounting(accounting, table.accounting);
  }
  for (const kind of kinds) {
    const own = sheets.filter((s) => s.kind === kind.def.kind);
    if (own.length && kind.checkWorkbook) appendAll(findings, kind.checkWorkbook(own, context));
  }
  runRules(WORKBOOK_RULES, { workbook, sheets, kinds }, book, rendering, findings);
  const sheetLang = new Map(sheets.map((s) => [s.table.sheet, s.lang]));
  suggestNamesIn([...sheets.flatMap((s) => s.findings), ...findings], names, (sheet) => sheetLang.get(sheet ?? ''));
  return { file: workbook.file, sheets, findings, accounting };
}
