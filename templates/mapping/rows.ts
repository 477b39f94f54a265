/** Turns table records into typed mapping rows; what had to be read generously goes to the sheet's readings. */
import type { CellValue, SourceRef } from '../core/types.js';
import type { TableRecord } from '../core/table.js';
import { readEnum, type EnumReading } from '../core/read-enum.js';
import type { SheetReadings } from '../core/readings.js';
import { parseDate, type DayMonthOrder, type ParsedDate } from '../core/dates.js';
import { cellText, isBlank } from '../core/text.js';
import type { EnumDef } from '../core/schema.js';
import type { AgencyDirectory, AgencyMatch } from './agencies.js';
import { AREA } from './areas.js';
import { STANDARD, standardById, type Standard } from './standards.js';
import { AGENCY_TYPE, STATUS, type AgencyType, type MappingStatus } from './values.js';

export interface MappingRow {
  source: SourceRef;
  record: TableRecord;
  agencyText: string;
  agencyMatch?: AgencyMatch;
  /** The agency acronym when known, else the text as typed: the key of the tables. */
  agencyKey: string;
  agencyType?: AgencyType;
  area?: string;
  areaText: string;
  standard?: Standard;
  status?: MappingStatus;
  gaps: string;
  goodPractice: string;
  plannedAction: string;
  timelineRaw: CellValue;
  timeline?: ParsedDate;
  evidence: string;
  /** The enumerated cells as read, for the rules on values that are not in the list. */
  enums: { agency_type?: EnumReading; area?: EnumReading; standard?: EnumReading; status?: EnumReading };
}

export function toMappingRows(
  records: readonly TableRecord[],
  agencies: AgencyDirectory,
  readings: SheetReadings,
  order?: DayMonthOrder,
): MappingRow[] {
  return records.map((record) => {
    const v = (field: string) => cellText(record.values[field]);
    const row = record.source.row;
    const read = <T extends string>(def: EnumDef, field: string) =>
      readEnum<T>(def, v(field), { row, field }, readings);
    const agencyText = v('agency');
    const agencyMatch = agencyText ? agencies.lookup(agencyText) : undefined;
    if (agencyMatch?.kind === 'known' && !agencyMatch.exact)
      readings.normalised.push({ row, field: 'agency', text: agencyText, canonical: agencyMatch.agency.acronym });
    const enums = {
      agency_type: read<AgencyType>(AGENCY_TYPE, 'agency_type'),
      area: read<string>(AREA, 'area'),
      standard: read<string>(STANDARD, 'standard'),
      status: read<MappingStatus>(STATUS, 'status'),
    };
    const timeline = parseDate(record.values.timeline, order);
    if (!isBlank(record.values.timeline))
      readings.dates.push({ row, field: 'timeline', text: v('timeline'), ...(timeline ? { date: timeline } : {}) });
    return {
      source: record.source,
      record,
      agencyText,
      agencyMatch,
      agencyKey: agencyMatch?.kind === 'known' ? agencyMatch.agency.acronym : agencyText,
      agencyType: enums.agency_type?.value as AgencyType | undefined,
      area: enums.area?.value,
      areaText: v('area'),
      standard: enums.standard?.value === undefined ? undefined : standardById(enums.standard.value),
      status: enums.status?.value as MappingStatus | undefined,
      gaps: v('gaps'),
      goodPractice: v('good_practice'),
      plannedAction: v('planned_action'),
      timelineRaw: record.values.timeline ?? null,
      timeline,
      evidence: v('evidence'),
      enums,
    };
  });
}
