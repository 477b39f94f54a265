/** The mapping's consolidated tables: coverage, share in place, gap and good-practice registers. */
import type { SheetAnalysis } from '../core/kind.js';
import { cellText } from '../core/text.js';
import { AREA_KEYS } from './areas.js';
import { firstRows, type MappingState } from './pairs.js';
import type { MappingRow } from './rows.js';
import { dict } from '../core/dict.js';

export interface InPlaceShare {
  in_place: number;
  total: number;
  share: number | null;
}
interface Provenance {
  source_file: string;
  source_sheet: string;
  source_row: number;
}

export interface MappingTables {
  /** agency → standard id → status, from the first row of each pair. */
  coverage: Record<string, Record<string, string>>;
  in_place_by_area: Record<string, InPlaceShare>;
  in_place_by_agency: Record<string, InPlaceShare>;
  gap_register: ({
    agency: string;
    standard: string;
    gap: string;
    planned_action: string;
    timeline: string;
  } & Provenance)[];
  good_practice: ({ agency: string; standard: string; good_practice: string } & Provenance)[];
}

const provenance = (row: MappingRow): Provenance => ({
  source_file: row.source.file,
  source_sheet: row.source.sheet,
  source_row: row.source.row,
});
const standardOf = (row: MappingRow) => row.standard?.id ?? cellText(row.record.values.standard);

/** "Not applicable" is left out of the denominator: the share is of what applies. */
function count(table: Record<string, InPlaceShare>, key: string, row: MappingRow): void {
  const entry = (table[key] ??= { in_place: 0, total: 0, share: null });
  if (!row.status || row.status === 'Not applicable') return;
  entry.total++;
  if (row.status === 'In place') entry.in_place++;
}

function settleShares(table: Record<string, InPlaceShare>): void {
  for (const entry of Object.values(table))
    entry.share = entry.total ? Math.round((entry.in_place / entry.total) * 10000) / 10000 : null;
}

export function computeMappingTables(sheets: readonly SheetAnalysis[]): MappingTables {
  const tables: MappingTables = {
    coverage: dict(),
    in_place_by_area: dict(),
    in_place_by_agency: dict(),
    gap_register: [],
    good_practice: [],
  };
  for (const area of AREA_KEYS) tables.in_place_by_area[area] = { in_place: 0, total: 0, share: null };
  for (const row of firstRows(sheets)) {
    if (row.status) (tables.coverage[row.agencyKey] ??= dict())[row.standard!.id] = row.status;
    count(tables.in_place_by_area, row.standard!.area, row);
    count(tables.in_place_by_agency, row.agencyKey, row);
  }
  settleShares(tables.in_place_by_area);
  settleShares(tables.in_place_by_agency);
  for (const row of sheets.flatMap((s) => (s.state as MappingState).rows)) {
    if (row.gaps || row.plannedAction) {
      tables.gap_register.push({
        agency: row.agencyKey,
        standard: standardOf(row),
        gap: row.gaps,
        planned_action: row.plannedAction,
        timeline: row.timeline?.iso ?? cellText(row.timelineRaw),
        ...provenance(row),
      });
    }
    if (row.goodPractice)
      tables.good_practice.push({
        agency: row.agencyKey,
        standard: standardOf(row),
        good_practice: row.goodPractice,
        ...provenance(row),
      });
  }
  return tables;
}
