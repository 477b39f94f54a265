/**
 * Turns table records into typed mapping rows: one per record in the long layout (agency × standard rows), one per
 * standard cell in a wide checklist (a row per agency, a column per standard), each keeping its cell's address.
 * What had to be read generously goes to the sheet's readings.
 */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { a1, cellText, isBlank } from '../core/text.js';
import type { EnumDef } from '../core/schema.js';
import type { AgencyMatch } from '../inter-agency/agencies.js';
import { AREA } from '../inter-agency/areas.js';
import { AGENCY_TYPE, type AgencyType } from '../inter-agency/agency-types.js';
import { STATUS, type MappingStatus } from '../inter-agency/status.js';
import type { Standard, StandardSet } from '../inter-agency/standards/types.js';
import type { StandardHow } from '../inter-agency/standards/catalogue.js';
import type { Vocabulary } from '../inter-agency/vocabulary.js';
import type { StatusLegend } from './legend.js';

export interface MappingRow {
  source: SourceRef;
  record: TableRecord;
  /** A wide checklist's cell: its A1 address, and the header its standard was read from. */
  wide?: { cell: string; header: string };
  agencyText: string;
  agencyMatch?: AgencyMatch;
  /**
   * The agency the row counts for: the acronym when known, the agency a typo suggests ("UNFAP" → UNFPA), else the
   * text as typed. The key of the tables.
   */
  agencyKey: string;
  agencyType?: AgencyType;
  area?: string;
  areaText: string;
  standardText: string;
  standard?: Standard;
  standardHow?: StandardHow;
  /** The nearest standard of an unread one, for the did-you-mean. */
  standardSuggestion?: Standard;
  statusText: string;
  status?: MappingStatus;
  gaps: string;
  goodPractice: string;
  plannedAction: string;
  timelineRaw: CellValue;
  timeline?: ParsedDate;
  evidence: string;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { agency_type?: EnumReading; area?: EnumReading; status?: EnumReading };
  /** Set where a batch let go of the row's register text (past the tables' cap, pairs.ts): what it still counts in. */
  cut?: { gap: boolean; goodPractice: boolean };
}

export interface RowContext {
  vocabulary: Vocabulary;
  legend: StatusLegend;
  readings: SheetReadings;
  order?: DayMonthOrder;
  /** 1-based sheet column of the grid's first column, for wide cells' addresses. */
  firstColumn: number;
  /** The sets a bare number is read in first. */
  prefer: readonly string[];
  /** The header text of a 0-based grid column. */
  headerOf: (index: number) => string;
}

/** A status as typed: a status in any spelling, else a code of the legend. Wide answers are their own vocabulary. */
function readStatus(text: string, at: { row: number; field: string; cell?: string }, ctx: RowContext, wide: boolean) {
  if (!text) return undefined;
  const scratch = wide ? { normalised: [], dates: [] } : ctx.readings;
  const read = readEnum<MappingStatus>(STATUS, text, at, scratch);
  if (read?.value) return read;
  const code = ctx.legend.get(text.trim().toUpperCase());
  if (!code) return read;
  if (code.code !== text.trim()) ctx.readings.normalised.push({ ...at, text, canonical: code.status });
  return { text, value: code.status };
}

function agencyOf(record: TableRecord, ctx: RowContext) {
  const agencyText = cellText(record.values.agency);
  const agencyMatch = agencyText ? ctx.vocabulary.agencies.lookup(agencyText) : undefined;
  const row = record.source.row;
  if (agencyMatch?.kind === 'known' && !agencyMatch.official)
    ctx.readings.normalised.push({ row, field: 'agency', text: agencyText, canonical: agencyMatch.agency.acronym });
  const agencyKey =
    agencyMatch?.kind === 'known' ? agencyMatch.agency.acronym : (agencyMatch?.suggestion ?? agencyText);
  return { agencyText, agencyMatch, agencyKey };
}

function baseRow(record: TableRecord, ctx: RowContext) {
  const v = (field: string) => cellText(record.values[field]);
  const row = record.source.row;
  const read = <T extends string>(def: EnumDef, field: string) =>
    readEnum<T>(def, v(field), { row, field }, ctx.readings);
  const timeline = parseDate(record.values.timeline, ctx.order);
  if (!isBlank(record.values.timeline))
    ctx.readings.dates.push({ row, field: 'timeline', text: v('timeline'), ...(timeline ? { date: timeline } : {}) });
  const agencyType = read<AgencyType>(AGENCY_TYPE, 'agency_type');
  const area = read<string>(AREA, 'area');
  return {
    source: record.source,
    record,
    ...agencyOf(record, ctx),
    agencyType: agencyType?.value,
    area: area?.value,
    areaText: v('area'),
    gaps: v('gaps'),
    goodPractice: v('good_practice'),
    plannedAction: v('planned_action'),
    timelineRaw: record.values.timeline ?? null,
    timeline,
    evidence: v('evidence'),
    enums: { agency_type: agencyType, area },
  };
}

function longRow(record: TableRecord, ctx: RowContext): MappingRow {
  const base = baseRow(record, ctx);
  const row = record.source.row;
  const standardText = cellText(record.values.standard);
  const match = standardText ? ctx.vocabulary.standards.match(standardText, ctx.prefer) : undefined;
  if (match?.how === 'alias' || match?.how === 'number')
    ctx.readings.normalised.push({ row, field: 'standard', text: standardText, canonical: match.standard.id });
  const statusText = cellText(record.values.status);
  const status = readStatus(statusText, { row, field: 'status' }, ctx, false);
  return {
    ...base,
    standardText,
    ...(match ? { standard: match.standard, standardHow: match.how } : {}),
    ...(standardText && !match ? { standardSuggestion: ctx.vocabulary.standards.suggest(standardText) } : {}),
    statusText,
    status: status?.value,
    enums: { ...base.enums, status },
  };
}

/** One row per standard column of a checklist row: the standard comes from the header, the status from the cell. */
function wideRows(record: TableRecord, ctx: RowContext): MappingRow[] {
  const base = baseRow(record, ctx);
  const row = record.source.row;
  return (record.keyed ?? [])
    .filter((k) => k.field === 'status')
    .flatMap((k) => {
      const standard = ctx.vocabulary.standards.standard(k.key);
      if (!standard) return [];
      const cell = a1(ctx.firstColumn - 1 + k.index, row);
      const statusText = cellText(k.value);
      const status = readStatus(statusText, { row, field: 'status', cell }, ctx, true);
      return [
        {
          ...base,
          wide: { cell, header: ctx.headerOf(k.index) },
          standardText: standard.id,
          standard,
          standardHow: 'official' as const,
          statusText,
          status: status?.value,
          enums: { ...base.enums, status },
        },
      ];
    });
}

export function toMappingRows(records: readonly TableRecord[], ctx: RowContext): MappingRow[] {
  return records.flatMap((record) => {
    const wide = record.keyed?.length ? wideRows(record, ctx) : [];
    return wide.length ? wide : [longRow(record, ctx)];
  });
}

/** The sets of the standards a sheet's rows name, in catalogue order. */
export function setsUsed(rows: readonly MappingRow[], sets: readonly StandardSet[]): string[] {
  const used = new Set(rows.flatMap((r) => (r.standard ? [r.standard.set] : [])));
  return sets.filter((s) => used.has(s.id)).map((s) => s.id);
}
