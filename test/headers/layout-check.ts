/**
 * How the product reads a corpus sheet against what its manifest says: each column's field, the header rows, which
 * rows are records and which are set aside (and why), the sections, the numbers. Figures add up across files.
 */
import type { HeaderMatch, ParsedTable, TemplateDef, WorkbookAnalysis } from '../../templates/index.js';

/** Fields the corpus proposes that a kind reads as another of its fields: none left since issues 13 and 14. */
export const STAND_INS: Record<string, Record<string, string>> = {};

export interface ColumnExpectation {
  col: string;
  header: string;
  field: string | null;
}

export interface Figures {
  /** Columns holding a field the template has today. */
  expected: number;
  recognised: number;
  /** Columns given a field they do not hold. */
  falseMatches: number;
  /** Columns holding a field the corpus proposes: read by no field (or its stand-in) until issues 13 and 14. */
  proposed: number;
  problems: string[];
}

export const emptyFigures = (): Figures => ({ expected: 0, recognised: 0, falseMatches: 0, proposed: 0, problems: [] });

const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Compares one header's columns with the manifest's; adds to the figures. */
export function checkColumns(
  where: string,
  def: TemplateDef,
  table: ParsedTable,
  header: HeaderMatch,
  columns: readonly ColumnExpectation[],
  figures: Figures,
): void {
  // A keyed column (a checklist's standard, a Gantt's period) holds its field as a template field does.
  const keyed = header.columns.filter((c) => c.key !== undefined).map((c) => c.field!);
  const known = new Set([...def.fields.map((f) => f.key), ...keyed]);
  for (const col of columns) {
    const got = header.columns.find((c) => c.index + table.firstColumn - 1 === colIndex(col.col))?.field ?? null;
    const at = `${where} ${col.col} "${col.header}"`;
    if (col.field !== null && known.has(col.field)) {
      figures.expected++;
      if (got === col.field) figures.recognised++;
      else figures.problems.push(`${at}: ${col.field} not recognised (got ${got})`);
      if (got !== null && got !== col.field) figures.falseMatches++;
    } else {
      if (col.field !== null) figures.proposed++;
      const standIn = col.field === null ? undefined : STAND_INS[def.kind]?.[col.field];
      if (got !== null && got !== standIn) {
        figures.falseMatches++;
        figures.problems.push(`${at}: holds ${col.field}, read as ${got}`);
      }
    }
  }
}

/** The sheet's rows as the product accounts for them: 'record', or the reason a row was set aside. */
export function rowRoles(table: ParsedTable): Map<number, string> {
  const roles = new Map<number, string>();
  for (const r of table.records) roles.set(r.source.row, 'record');
  for (const s of table.setAside) roles.set(s.row, s.reason);
  return roles;
}

/** The manifest's reasons in the product's words: a footnote is a note. */
export const REASONS: Record<string, string> = {
  blank: 'blank',
  section: 'section',
  'repeated-header': 'repeated-header',
  'translated-header': 'translated-header',
  note: 'note',
  footnote: 'note',
};

export function sheetOf(analysis: WorkbookAnalysis, name: string) {
  return analysis.sheets.find((s) => s.table.sheet === name);
}
