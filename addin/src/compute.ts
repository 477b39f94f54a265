/**
 * Everything the pane computes without Excel: pure, so it runs in tests and in the benchmark
 * exactly as in the pane. Excel hands over SheetGrids; this hands back findings and views.
 */
import {
  KINDS,
  analyseWorkbook,
  buildReport,
  detectSheet,
  normaliseSheet,
  translateFindings,
  columnLetter,
  cellText,
  type CellValue,
  type Finding,
  type Lang,
  type ReaderNote,
  type Report,
  type Severity,
  type SheetGrid,
  type TemplateKind,
  type WorkbookAnalysis,
} from '../../templates/index.js';

/** The core's: severities in order, and the one count of findings by severity. */
export { SEVERITIES, countBySeverity } from '../../templates/index.js';

export interface ComputeOptions {
  lang: Lang;
  /** ISO yyyy-mm-dd; today by default. */
  asOf?: string;
  kinds?: readonly TemplateKind[];
  /** The workbook counts serials from 1904 (readWorkbook says). */
  date1904?: boolean;
  /** What the read could not see (an Excel without an API it needs): findings, never silence. */
  notes?: ReaderNote[];
}

export interface PaneAnalysis {
  analysis: WorkbookAnalysis;
  /** The core's report of the workbook: counts, row accounting, findings. */
  report: Report;
  /** Findings of every sheet and of the workbook, in the core's order (the report's). */
  findings: Finding[];
  /** The grids as analysed (date serials read as dates, merges spread). */
  grids: SheetGrid[];
}

/**
 * The core's own normalisation of raw cells (dates from date-formatted numbers, merges spread, hidden rows with
 * data): the pane hands cells over as Excel stores them, like the CLI's readers, and never converts a value itself.
 */
export function prepareGrid(grid: SheetGrid, date1904 = false): SheetGrid {
  return normaliseSheet(grid, date1904);
}

/** The same call the CLI makes, on the same cells: the benchmarkable "compute" of the pane. */
export function analyseGrids(file: string, grids: readonly SheetGrid[], options: ComputeOptions): PaneAnalysis {
  const kinds = options.kinds ?? KINDS;
  const prepared = grids.map((g) => prepareGrid(g, options.date1904));
  const notes = options.notes?.length ? { notes: options.notes } : {};
  const analysis = analyseWorkbook({ file, sheets: prepared, ...notes }, kinds, {
    lang: options.lang,
    asOf: options.asOf ?? new Date().toISOString().slice(0, 10),
  });
  const findings = [...analysis.sheets.flatMap((s) => s.findings), ...analysis.findings];
  const report = buildReport({
    lang: options.lang,
    inputs: [{ file, read: true }],
    findings,
    accounting: analysis.accounting,
  });
  return { analysis, report, findings: report.findings, grids: prepared };
}

export function translate(findings: readonly Finding[], lang: Lang): Finding[] {
  return translateFindings(findings, lang);
}

// ── Detection view ──────────────────────────────────────────────────────────

export interface ColumnView {
  letter: string;
  header: string;
  field?: string;
  fieldLabel?: string;
}
export interface DetectionView {
  sheet: string;
  kind: string;
  title: string;
  /** 1-based sheet rows of the header (two when a split header was joined). */
  headerRows: number[];
  mapped: ColumnView[];
  unrecognised: ColumnView[];
  missingRequired: string[];
}

export function describeSheet(
  grid: SheetGrid,
  lang: Lang,
  kinds: readonly TemplateKind[] = KINDS,
): DetectionView | undefined {
  const prepared = prepareGrid(grid);
  const detection = detectSheet(prepared, kinds);
  if (!detection) return undefined;
  const { def } = detection.kind;
  const firstRow = prepared.firstRow ?? 1;
  const firstColumn = (prepared.firstColumn ?? 1) - 1;
  const view = (c: { index: number; header: string; field?: string }): ColumnView => {
    const field = c.field ? def.fields.find((f) => f.key === c.field) : undefined;
    return {
      letter: columnLetter(c.index + firstColumn),
      header: c.header,
      ...(field ? { field: field.key, fieldLabel: field.label[lang] } : {}),
    };
  };
  return {
    sheet: grid.name,
    kind: def.kind,
    title: def.title[lang],
    headerRows: detection.header.rows.map((r) => r + firstRow),
    mapped: detection.header.columns.filter((c) => c.field).map(view),
    unrecognised: detection.header.columns.filter((c) => !c.field).map(view),
    missingRequired: def.fields
      .filter((f) => f.required && !(f.key in detection.header.fieldColumns))
      .map((f) => f.label[lang]),
  };
}

// ── Findings list ───────────────────────────────────────────────────────────

export interface FindingFilter {
  severity?: Severity;
  field?: string;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) => (!filter.severity || f.severity === filter.severity) && (!filter.field || f.field === filter.field),
  );
}

/** Fields that appear in findings, for the field filter. */
export function findingFields(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.field).filter((f): f is string => !!f))].sort();
}

// ── Fixes ───────────────────────────────────────────────────────────────────

/** One cell write, applied only if the cell still holds `expected`. */
export interface CellFix {
  sheet: string;
  cell: string;
  expected: string;
  value: string;
}

/** A finding the pane can fix: a cell, the value found there and a replacement. */
export function isFixable(
  f: Finding,
): f is Finding & { sheet: string; cell: string; value: string; suggestion: string } {
  return !!f.sheet && !!f.cell && f.value !== undefined && f.suggestion !== undefined && f.suggestion !== f.value;
}

/** Alias → canonical rewrites are info findings with a suggestion ("value-normalised" rules). */
export function isNormalisation(f: Finding): boolean {
  return /(^|\.)value-normalised$/.test(f.rule) && isFixable(f);
}

const fixOf = (f: Finding & { sheet: string; cell: string; value: string; suggestion: string }): CellFix => ({
  sheet: f.sheet,
  cell: f.cell,
  expected: f.value,
  value: f.suggestion,
});

export function fixOne(f: Finding): CellFix[] {
  return isFixable(f) ? [fixOf(f)] : [];
}

/** Every fixable finding's own suggestion, one write per cell: a group's "Apply to all". */
export function fixAll(findings: readonly Finding[]): CellFix[] {
  return dedupe(findings.filter(isFixable).map(fixOf));
}

export function normalisations(findings: readonly Finding[]): CellFix[] {
  return fixAll(findings.filter(isNormalisation));
}

function dedupe(fixes: CellFix[]): CellFix[] {
  const seen = new Set<string>();
  return fixes.filter((f) => !seen.has(`${f.sheet}!${f.cell}`) && !!seen.add(`${f.sheet}!${f.cell}`));
}

/** A cell still holds the value a fix expects (the user may have typed since). */
export function stillHolds(value: CellValue | undefined, expected: string): boolean {
  return cellText(value ?? null) === cellText(expected);
}

// ── Live check ──────────────────────────────────────────────────────────────

/** 1-based first and last row of an address such as "B5", "B5:D9", "5:7" or "'Sheet'!B5:D9". */
export function rowsOfAddress(address: string): { from: number; to: number } | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const rows = [...local.matchAll(/\$?[A-Z]*\$?(\d+)/gi)].map((m) => Number(m[1])).filter((n) => n > 0);
  if (!rows.length) return undefined;
  return { from: Math.min(...rows), to: Math.max(...rows) };
}

/**
 * A copy of the grid with sheet rows from…from+rows.length-1 replaced, which of their cells are dates, and their
 * fills where the read gave them (an Excel without fills keeps the ones read before): the live check patches only
 * what changed.
 */
export function patchGrid(
  grid: SheetGrid,
  from: number,
  rows: readonly CellValue[][],
  dateCells: readonly (readonly number[] | undefined)[] = [],
  fills?: Readonly<Record<number, Record<number, string>>>,
): SheetGrid {
  const firstRow = grid.firstRow ?? 1;
  const next = grid.rows.slice();
  const dates = (grid.dateCells ?? []).slice();
  const colours = { ...grid.fills };
  rows.forEach((row, i) => {
    const index = from + i - firstRow;
    if (index < 0) return;
    while (next.length < index) next.push([]);
    next[index] = [...row];
    dates[index] = dateCells[i];
    if (fills && fills[i]) colours[index] = fills[i];
    else if (fills) delete colours[index];
  });
  const { dateCells: _old, fills: _fills, ...rest } = grid;
  return {
    ...rest,
    rows: next,
    ...(dates.some((d) => d) ? { dateCells: dates } : {}),
    ...(Object.keys(colours).length ? { fills: colours } : {}),
  };
}
