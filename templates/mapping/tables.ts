/**
 * The mapping's consolidated tables: coverage, share in place, gap and good-practice registers, the other spellings
 * of agencies and the agency each was counted under, and the standards sets each sheet was checked against.
 */
import type { SheetAnalysis } from '../core/kind.js';
import { cellText } from '../core/text.js';
import { AREA_KEYS } from '../inter-agency/areas.js';
import { firstRows, hasGap, hasGoodPractice, REGISTER_ROWS, type MappingState } from './pairs.js';
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

export interface AgencySpelling extends Provenance {
  written: string;
  counted_as: string;
  /** `other spelling`: a known name or acronym of the agency; `typo`: not in the list, the nearest agency. */
  reading: 'other spelling' | 'typo';
  /** Input rows written so (a checklist row counts once). */
  rows: number;
  /** The standards whose coverage cell comes from a row written so ("MOS-4, MOS-5"): the cells to mark. */
  standards: string;
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
  agency_spellings: AgencySpelling[];
  checked_against: ({ sets: string; how: 'declared' | 'inferred' } & Omit<Provenance, 'source_row'>)[];
  /** Present when a register has more than REGISTER_ROWS rows: it lists the first ones; all are in the records. */
  rows_shown?: Partial<Record<'gap_register' | 'good_practice', RowsShown>>;
}

export interface RowsShown {
  shown: number;
  total: number;
  /** Where every row is: the records (records.json, the kind's sheet of consolidated.xlsx, the CSV export). */
  every_row_in: 'records';
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

/** Each input row once (a checklist row is several records). */
function records(sheets: readonly SheetAnalysis[]): MappingRow[] {
  const seen = new Set<string>();
  return sheets
    .flatMap((s) => (s.state as MappingState).rows)
    .filter((row) => {
      const key = `${row.source.file}|${row.source.sheet}|${row.source.row}`;
      return !seen.has(key) && !!seen.add(key);
    });
}

const spellingKey = (row: MappingRow) => `${row.agencyText}|${row.agencyKey}`;

function spellings(sheets: readonly SheetAnalysis[]): AgencySpelling[] {
  const out = new Map<string, AgencySpelling>();
  for (const row of records(sheets)) {
    const match = row.agencyMatch;
    const typo = match?.kind === 'unknown' && match.suggestion !== undefined;
    const reading = match?.kind === 'known' && !match.exact ? 'other spelling' : typo ? 'typo' : undefined;
    if (!reading) continue;
    const entry = out.get(spellingKey(row));
    if (entry) entry.rows++;
    else
      out.set(spellingKey(row), {
        written: row.agencyText,
        counted_as: row.agencyKey,
        reading,
        rows: 1,
        standards: '',
        ...provenance(row),
      });
  }
  // The coverage cells these spellings gave: the first row of an agency × standard, as computeMappingTables counts.
  for (const row of firstRows(sheets)) {
    const entry = row.status ? out.get(spellingKey(row)) : undefined;
    if (entry) entry.standards = [entry.standards, row.standard!.id].filter(Boolean).join(', ');
  }
  return [...out.values()];
}

export function computeMappingTables(sheets: readonly SheetAnalysis[]): MappingTables {
  const tables: MappingTables = {
    coverage: dict(),
    in_place_by_area: dict(),
    in_place_by_agency: dict(),
    gap_register: [],
    good_practice: [],
    agency_spellings: spellings(sheets),
    checked_against: sheets.map((s) => {
      const state = s.state as MappingState;
      return {
        sets: state.sets.map((set) => set.id).join(', '),
        how: state.declared ? 'declared' : 'inferred',
        source_file: s.table.file,
        source_sheet: s.table.sheet,
      };
    }),
  };
  for (const area of AREA_KEYS) tables.in_place_by_area[area] = { in_place: 0, total: 0, share: null };
  for (const row of firstRows(sheets)) {
    if (row.status) (tables.coverage[row.agencyKey] ??= dict())[row.standard!.id] = row.status;
    count(tables.in_place_by_area, row.standard!.area, row);
    count(tables.in_place_by_agency, row.agencyKey, row);
  }
  settleShares(tables.in_place_by_area);
  settleShares(tables.in_place_by_agency);
  const totals = { gap_register: 0, good_practice: 0 };
  for (const row of records(sheets)) {
    if (hasGap(row) && totals.gap_register++ < REGISTER_ROWS) {
      tables.gap_register.push({
        agency: row.agencyKey,
        standard: row.wide ? '' : standardOf(row),
        gap: row.gaps,
        planned_action: row.plannedAction,
        timeline: row.timeline?.iso ?? cellText(row.timelineRaw),
        ...provenance(row),
      });
    }
    if (hasGoodPractice(row) && totals.good_practice++ < REGISTER_ROWS)
      tables.good_practice.push({
        agency: row.agencyKey,
        standard: row.wide ? '' : standardOf(row),
        good_practice: row.goodPractice,
        ...provenance(row),
      });
  }
  for (const [name, total] of Object.entries(totals) as [keyof typeof totals, number][])
    if (total > REGISTER_ROWS)
      (tables.rows_shown ??= {})[name] = { shown: REGISTER_ROWS, total, every_row_in: 'records' };
  return tables;
}
