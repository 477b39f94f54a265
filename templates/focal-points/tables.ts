/**
 * The focal-point list's tables: counts only. Names, e-mails and phones stay in consolidated.xlsx; the tables (and
 * so the dashboard) say how many focal points each agency has, how many were trained, and which agencies have none.
 */
import type { SheetAnalysis } from '../core/kind.js';
import type { FocalPointRow } from './rows.js';

export interface FocalPointState {
  rows: FocalPointRow[];
}

export interface FocalPointTables {
  by_agency: Record<string, { focal_points: number; trained: number }>;
  agencies_without: { agency: string; source_file: string; source_sheet: string; source_row: number }[];
  totals: { agencies: number; with_focal_point: number; focal_points: number; trained: number };
}

/** A row names a focal point when it gives a name or a way to reach them. */
export const namesSomeone = (row: FocalPointRow) => !!(row.name || row.emails.length || row.phone);

export function computeFocalPointTables(sheets: readonly SheetAnalysis[]): FocalPointTables {
  const rows = sheets.flatMap((s) => (s.state as FocalPointState).rows).filter((r) => r.agency);
  const tables: FocalPointTables = {
    by_agency: {},
    agencies_without: [],
    totals: { agencies: 0, with_focal_point: 0, focal_points: 0, trained: 0 },
  };
  for (const row of rows) {
    const entry = (tables.by_agency[row.agency] ??= { focal_points: 0, trained: 0 });
    if (!namesSomeone(row)) continue;
    entry.focal_points++;
    if (row.dates.find((d) => d.field === 'trained_on')?.date) entry.trained++;
  }
  for (const [agency, entry] of Object.entries(tables.by_agency)) {
    tables.totals.agencies++;
    tables.totals.focal_points += entry.focal_points;
    tables.totals.trained += entry.trained;
    if (entry.focal_points) {
      tables.totals.with_focal_point++;
      continue;
    }
    const first = rows.find((r) => r.agency === agency)!;
    tables.agencies_without.push({
      agency,
      source_file: first.source.file,
      source_sheet: first.source.sheet,
      source_row: first.source.row,
    });
  }
  return tables;
}
